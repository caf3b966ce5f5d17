using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

/// <summary>
/// A first build stages the site in the output's own layout and renames it into place whole;
/// every other build moves changed files one by one. Both must give the same files, leave no
/// staging behind, and never create the output folder when the build fails.
/// </summary>
public sealed class OutputPlacementTests
{
    private const string Files = """
        -- site.yml --
        title: Placement
        paginate: 2
        -- content/articles/a.md --
        ---
        title: Alpha
        date: 2024-01-01
        tags: [News, Markets]
        people: [Ann Lee]
        ---
        Alpha body.
        -- content/articles/b.md --
        ---
        title: Beta
        date: 2024-01-02
        tags: [News]
        ---
        Beta body.
        -- content/articles/c.md --
        ---
        title: Gamma
        date: 2024-01-03
        tags: [News]
        ---
        Gamma body.
        -- content/static/robots-extra.txt --
        extra
        """;

    private static string Cache(TestSite site) => Path.Combine(site.Root, ".gazette-cache");

    private static string[] Staging(string cacheDir) =>
        Directory.Exists(cacheDir) ? Directory.GetDirectories(cacheDir, "staging-*") : [];

    [Fact]
    public void A_first_build_equals_a_build_into_an_existing_folder_and_leaves_no_staging()
    {
        using var fresh = TestSite.Create(Files);
        var first = fresh.Build();
        Assert.Equal(first.Stats.Files, first.Stats.Written);
        Assert.Empty(Staging(Cache(fresh)));

        // The same site built into a folder that already exists takes the file-by-file path.
        using var existing = TestSite.Create(Files);
        Directory.CreateDirectory(existing.Output);
        existing.Build();
        TestSite.AssertSameFiles(TestSite.Snapshot(existing.Output), TestSite.Snapshot(fresh.Output));
        Assert.Contains("robots-extra.txt", TestSite.Snapshot(fresh.Output).Keys);
    }

    [Fact]
    public void The_manifest_of_a_placed_tree_is_right_so_a_rebuild_writes_nothing()
    {
        using var site = TestSite.Create(Files);
        site.Build();

        // The manifest's sizes and times come from the staged files, which a rename keeps: were
        // they wrong, every page would count as hand-edited and be rendered again.
        var again = site.Build();
        Assert.Equal(0, again.Stats.Rendered);
        Assert.Equal(0, again.Stats.Written);
        Assert.Equal(0, again.Stats.Removed);
    }

    [Fact]
    public void A_failed_first_build_creates_no_output_folder_and_leaves_no_staging()
    {
        using var site = TestSite.Create(Files + "\n-- templates/article.html --\n{{ page.title | string.nonexistent }}\n");
        site.BuildFails();
        Assert.False(Directory.Exists(site.Output), "a failed first build created the output folder");
        Assert.Empty(Staging(Cache(site)));
    }

    [Fact]
    public void A_cache_on_another_file_system_falls_back_to_moving_file_by_file()
    {
        // tmpfs on Linux: renaming a folder from it onto the temp folder's disk fails with EXDEV.
        const string shm = "/dev/shm";
        if (!OperatingSystem.IsLinux() || !Directory.Exists(shm))
        {
            Assert.Skip("needs /dev/shm, a file system apart from the temp folder (Linux)");
        }

        var cache = Path.Combine(shm, "gazette-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var site = TestSite.Create(Files);
            var result = site.Build(o => o with { CacheDir = cache });
            Assert.Equal(result.Stats.Files, result.Stats.Written);
            Assert.Empty(Staging(cache));

            using var reference = TestSite.Create(Files);
            reference.Build();
            TestSite.AssertSameFiles(TestSite.Snapshot(reference.Output), TestSite.Snapshot(site.Output));
        }
        finally
        {
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
        }
    }
}
