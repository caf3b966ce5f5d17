using Gazette.Configuration;
using Gazette.Routing;

namespace Gazette.Tests.Unit;

public sealed class RoutesTests
{
    private static readonly TaxonomyConfig Tags = TaxonomyConfig.Defaults[0];

    [Theory]
    [InlineData("https://example.org/", "/")]
    [InlineData("https://user.github.io/repo/", "/repo/")]
    public void Every_route_starts_with_the_base_path(string baseUrl, string basePath)
    {
        var routes = new Routes(baseUrl);
        Assert.Equal(new Route("index.html", basePath, baseUrl), routes.Home());
        Assert.Equal(new Route("page/2/index.html", basePath + "page/2/", baseUrl + "page/2/"), routes.Home(2));
        Assert.Equal(new Route("articles/x/index.html", basePath + "articles/x/", baseUrl + "articles/x/"), routes.Article("x"));
        Assert.Equal(basePath + "tags/", routes.TaxonomyIndex(Tags).Url);
        Assert.Equal("tags/economy/page/3/index.html", routes.Term(Tags, "economy", 3).OutputPath);
        Assert.Equal(baseUrl + "tags/economy/feed.xml", routes.TermFeed(Tags, "economy").Permalink);
        Assert.Equal(basePath + "archive/2022/", routes.ArchiveYear(2022).Url);
        Assert.Equal("404.html", routes.NotFound().OutputPath);
        Assert.Equal(new Route("search/index.json", basePath + "search/index.json", baseUrl + "search/index.json"), routes.SearchIndex());
        Assert.Equal(basePath + "search/index-3.json", routes.SearchIndex(3).Url);
        Assert.Equal(basePath + "assets/a.css", routes.Url("/assets/a.css"));
        Assert.Equal(baseUrl + "assets/a.css", routes.AbsoluteUrl("assets/a.css"));
    }

    [Fact]
    public void External_urls_pass_through()
    {
        var routes = new Routes("https://user.github.io/repo/");
        Assert.Equal("https://other.org/x", routes.Url("https://other.org/x"));
        Assert.Equal("#top", routes.Url("#top"));
        Assert.Equal("mailto:a@b.c", routes.AbsoluteUrl("mailto:a@b.c"));
    }

    [Fact]
    public void Markdown_links_to_article_files_and_root_paths_are_rewritten()
    {
        var routes = new Routes("https://user.github.io/repo/");
        var rewriter = new Gazette.Markdown.LinkRewriter(routes, () => new Dictionary<string, string> { ["other.md"] = "/repo/articles/other/" });
        Assert.Equal("/repo/articles/other/#part", rewriter.Rewrite("../articles/other.md#part"));
        Assert.Equal("/repo/tags/", rewriter.Rewrite("/tags/"));
        Assert.Equal("/repo/tags/", rewriter.Rewrite("/repo/tags/"));
        Assert.Equal("missing.md", rewriter.Rewrite("missing.md"));
        Assert.Equal("https://x.org/a.md", rewriter.Rewrite("https://x.org/a.md"));
    }
}
