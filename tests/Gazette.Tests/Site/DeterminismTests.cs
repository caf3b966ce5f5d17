using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed class DeterminismTests
{
    private static string Files => "-- site.yml --\npaginate: 4\n" + Articles.Many(30, "[Economy, Markets]") + """
        -- content/articles/same-day-b.md --
        ---
        title: Same Day B
        date: 2024-01-05
        people: [Ann Lee, Bo Chen]
        ---
        b
        -- content/articles/same-day-a.md --
        ---
        title: Same Day A
        date: 2024-01-05
        people: [Bo Chen, Ann Lee]
        ---
        a
        """;

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = TestSite.Create(Files);
        using var second = TestSite.Create(Files);
        first.Build();
        second.Build();
        var a = TestSite.Snapshot(first.Output);
        Assert.True(a.Count > 50);
        TestSite.AssertSameFiles(a, TestSite.Snapshot(second.Output));
    }

    [Fact]
    public void A_rebuild_with_no_change_rewrites_no_file()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var times = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        foreach (var file in times.Keys)
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        var result = site.Build();
        Assert.Equal(0, result.Stats.Written);
        Assert.All(times.Keys, f => Assert.Equal(new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_changed_article_rewrites_its_page_and_removed_outputs_disappear()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        site.Write("content/articles/a001.md", "---\ntitle: Article 001\ndate: 2024-01-02\ntags: [Economy, Markets]\n---\nA new body.\n");
        site.Remove("content/articles/same-day-a.md");
        var result = site.Build();
        Assert.True(result.Stats.Written > 0);
        Assert.True(result.Stats.Removed > 0);
        site.AssertFile("_site/articles/a001/index.html", "A new body.");
        Assert.False(site.Exists("_site/articles/same-day-a/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "articles", "same-day-a")));
    }

    [Fact]
    public void The_cache_spares_reading_unchanged_files_and_a_stale_or_foreign_cache_is_not_trusted()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var manifest = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, ".gazette-cache"), "output-*.manifest"));
        Assert.Equal(0, site.Build().Stats.Written);

        // Same size and time as the manifest records, different bytes: the manifest says "unchanged"
        // only when the new content hashes the same, so a real change is still written.
        site.Write("content/articles/a001.md", "---\ntitle: Article 001\ndate: 2024-01-02\ntags: [Economy, Markets]\n---\nBody of article 9.\n");
        site.Build();
        site.AssertFile("_site/articles/a001/index.html", "Body of article 9.");

        // A manifest from another version is ignored: every file is compared byte by byte instead.
        File.WriteAllText(manifest, "gazette-output-manifest 2 other-build /elsewhere\n0000000000000000 1 1 0000000000000000 index.html\n");
        Assert.Equal(0, site.Build().Stats.Written);
        Directory.Delete(Path.Combine(site.Root, ".gazette-cache"), recursive: true);
        Assert.Equal(0, site.Build().Stats.Written);
    }

    [Fact]
    public void Files_the_site_does_not_produce_are_removed_but_a_git_checkout_is_kept()
    {
        using var site = TestSite.Create(Files);
        site.Write("_site/.git/HEAD", "ref: refs/heads/gh-pages\n");
        site.Write("_site/old/stray/index.html", "stale");
        site.Build();
        Assert.True(site.Exists("_site/.git/HEAD"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "old")));
    }

    [Fact]
    public void Articles_on_the_same_date_are_ordered_by_title()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var text = site.Read("_site/people/ann-lee/index.html");
        Assert.True(text.IndexOf("Same Day A", StringComparison.Ordinal) < text.IndexOf("Same Day B", StringComparison.Ordinal));
    }
}
