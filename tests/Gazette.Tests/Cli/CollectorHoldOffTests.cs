using Gazette.Build;
using Gazette.Cli.Runtime;
using Gazette.Incremental;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Cli;

/// <summary>
/// <c>gazette build</c> sizes its collector hold-off from the last build's parse cache, found
/// through the site folder its command line names.
/// </summary>
public sealed class CollectorHoldOffTests
{
    [Theory]
    [InlineData(new[] { "build" }, ".")]
    [InlineData(new[] { "build", "--site", "my-site" }, "my-site")]
    [InlineData(new[] { "build", "-v", "--site=other site", "--drafts" }, "other site")]
    [InlineData(new[] { "build", "--output", "out", "--site", "s", "--strict" }, "s")]
    [InlineData(new[] { "build", "--site" }, ".")]
    public void The_site_folder_is_read_from_the_command_line(string[] args, string expected) =>
        Assert.Equal(expected, CollectorHoldOff.SiteOf(args));

    [Fact]
    public void The_parse_cache_tells_how_many_articles_the_last_build_had()
    {
        using var site = TestSite.Create("-- site.yml --\ntitle: Count\nbase_url: https://example.org/\n" + Articles.Many(7, "[Economy]"));
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
    }
}
