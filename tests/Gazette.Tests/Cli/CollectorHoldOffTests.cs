using Gazette.Build;
using Gazette.Incremental;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Cli;

/// <summary>
/// <c>gazette build</c> sizes its collector hold-off from the last build's parse cache, in the
/// site folder the command line names, handed over by the command line's build hook.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CollectorHoldOffTests
{
    private const string Files = "-- site.yml --\ntitle: Count\nbase_url: https://example.org/\n";

    [Fact]
    public void The_build_hook_sees_the_parsed_site_folder_and_only_for_build()
    {
        using var site = TestSite.Create(Files + Articles.Many(2));
        var seen = new List<string>();
        Assert.Equal(0, CliRunner.Run(s => seen.Add(s.Site), "build", "--quiet", $"--site={site.Root}").Code);
        Assert.Equal(0, CliRunner.Run(s => seen.Add("check: " + s.Site), "check", "--site", site.Root).Code);
        Assert.Equal([site.Root], seen);
    }

    [Fact]
    public void The_parse_cache_tells_how_many_articles_the_last_build_had()
    {
        using var site = TestSite.Create(Files + Articles.Many(7, "[Economy]"));
        var cacheDir = Path.Combine(site.Root, SiteBuilder.CacheFolder);
        Assert.Equal(0, ArticleCache.CountIn(cacheDir));

        // Files written moments ago are not trusted to the cache (racy timestamps): age them.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-5));
        }

        site.Build();
        Assert.Equal(7, ArticleCache.CountIn(cacheDir));

        File.WriteAllText(Path.Combine(cacheDir, "articles.cache"), "not a cache");
        Assert.Equal(0, ArticleCache.CountIn(cacheDir));

        // A length prefix that never ends: BinaryReader throws FormatException, not end of stream.
        File.WriteAllBytes(Path.Combine(cacheDir, "articles.cache"), [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
        Assert.Equal(0, ArticleCache.CountIn(cacheDir));
    }
}
