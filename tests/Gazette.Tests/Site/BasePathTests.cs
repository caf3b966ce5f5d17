using System.Text.RegularExpressions;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed partial class BasePathTests
{
    private const string Files = """
        -- site.yml --
        base_url: https://user.github.io/repo/
        paginate: 1
        -- content/articles/a.md --
        ---
        title: First
        date: 2024-02-01
        tags: [Economy]
        people: [Jane Doe]
        ---
        See [the second](b.md) and [the tags](/tags/).
        -- content/articles/b.md --
        ---
        title: Second
        date: 2024-02-02
        tags: [Economy]
        ---
        Text.
        """;

    [Fact]
    public void Every_internal_link_in_html_starts_with_the_base_path()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10);
        foreach (var page in pages)
        {
            foreach (Match match in LinkAttribute().Matches(File.ReadAllText(page)))
            {
                var url = match.Groups[1].Value;
                if (url.StartsWith('/'))
                {
                    Assert.StartsWith("/repo/", url);
                }
            }
        }

        var article = site.Html("_site/articles/a/index.html");
        Assert.NotNull(article.QuerySelector("a[href='/repo/articles/b/']"));
        Assert.NotNull(article.QuerySelector(".article-body a[href='/repo/tags/']"));
        Assert.NotNull(article.QuerySelector("link[rel=stylesheet][href='/repo/assets/style.css']"));
        Assert.NotNull(site.Html("_site/index.html").QuerySelector("a[href='/repo/page/2/']"));
    }

    [Fact]
    public void Feeds_and_sitemap_use_absolute_urls_under_the_base()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        site.AssertFile("_site/feed.xml",
            """href="https://user.github.io/repo/feed.xml" """.Trim(),
            "<id>https://user.github.io/repo/articles/a/</id>");
        site.AssertFile("_site/tags/economy/feed.xml", "https://user.github.io/repo/tags/economy/feed.xml");
        site.AssertFile("_site/sitemap.xml", "<loc>https://user.github.io/repo/</loc>", "<loc>https://user.github.io/repo/page/2/</loc>", "! <loc>https://user.github.io/articles");
        site.AssertFile("_site/robots.txt", "Sitemap: https://user.github.io/repo/sitemap.xml");
    }

    [Fact]
    public void Base_url_flag_overrides_site_yml()
    {
        using var site = TestSite.Create(Files);
        site.Build(o => o with { BaseUrl = "https://example.com/news" });
        site.AssertFile("_site/articles/a/index.html", "href=\"/news/articles/b/\"", "! /repo/");
    }

    [GeneratedRegex("""(?:href|src)="([^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LinkAttribute();
}
