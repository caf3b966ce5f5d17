using System.Text.Json;
using AngleSharp.Html.Dom;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

/// <summary>What search engines and link previews read: canonical links, descriptions, Open Graph, Twitter cards and JSON-LD.</summary>
public sealed class SharingMetadataTests
{
    private const string Title = """</script><script>alert(1)</script> "quoted" & more""";
    private const string Summary = "Summary & <b>bold</b> with \"quotes\".";

    private static TestSite Create() => TestSite.Create($$"""
        -- site.yml --
        title: The Daily
        description: News & views.
        base_url: https://user.github.io/repo/
        language: en-GB
        author: Newsroom
        -- content/people.yml --
        - name: José Álvarez
          role: Minister of <Things> & "Stuff"
          bio: A bio with </script> in it.
          links:
            - {title: Wikipedia, url: "https://en.wikipedia.org/wiki/Jos%C3%A9?a=1&b=2"}
        -- content/articles/x.md --
        ---
        title: '{{Title.Replace("'", "''")}}'
        date: 2024-03-02T09:30:00Z
        section: World & Politics
        summary: '{{Summary}}'
        author: Jane "JR" Reporter
        tags: [Economy]
        people: [José Álvarez, Ann Lee]
        ---
        Body.
        """);

    [Fact]
    public void An_article_has_canonical_description_open_graph_and_twitter_tags()
    {
        using var site = Create();
        site.Build();
        var page = site.Html("_site/articles/x/index.html");
        Assert.Equal("https://user.github.io/repo/articles/x/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(Summary, Meta(page, "name", "description"));
        Assert.Equal(Title, Meta(page, "property", "og:title"));
        Assert.Equal(Summary, Meta(page, "property", "og:description"));
        Assert.Equal("https://user.github.io/repo/articles/x/", Meta(page, "property", "og:url"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal("The Daily", Meta(page, "property", "og:site_name"));
        Assert.Equal("en_GB", Meta(page, "property", "og:locale"));
        Assert.Equal("2024-03-02T09:30:00Z", Meta(page, "property", "article:published_time"));
        Assert.Equal("World & Politics", Meta(page, "property", "article:section"));
        Assert.Equal("summary", Meta(page, "name", "twitter:card"));
        Assert.Equal(Title, Meta(page, "name", "twitter:title"));
        Assert.Equal(Summary, Meta(page, "name", "twitter:description"));
        Assert.Equal(Title + " — The Daily", page.Title);
    }

    [Fact]
    public void An_article_has_news_article_json_ld_naming_the_people_it_mentions()
    {
        using var site = Create();
        site.Build();
        var page = site.Html("_site/articles/x/index.html");
        using var json = JsonLd(page);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(Title, root.GetProperty("headline").GetString());
        Assert.Equal(Summary, root.GetProperty("description").GetString());
        Assert.Equal("2024-03-02T09:30:00Z", root.GetProperty("datePublished").GetString());
        Assert.Equal("2024-03-02T09:30:00Z", root.GetProperty("dateModified").GetString());
        Assert.Equal("World & Politics", root.GetProperty("articleSection").GetString());
        Assert.Equal("https://user.github.io/repo/articles/x/", root.GetProperty("mainEntityOfPage").GetString());
        var author = Assert.Single(root.GetProperty("author").EnumerateArray());
        Assert.Equal(("Person", "Jane \"JR\" Reporter"), (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString()));
        var mentions = root.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(["José Álvarez", "Ann Lee"], mentions.Select(m => m.GetProperty("name").GetString()));
        Assert.All(mentions, m => Assert.Equal("Person", m.GetProperty("@type").GetString()));
        Assert.Equal("https://user.github.io/repo/people/jose-alvarez/", mentions[0].GetProperty("url").GetString());
        Assert.Equal("Minister of <Things> & \"Stuff\"", mentions[0].GetProperty("jobTitle").GetString());
        Assert.Equal(["Economy"], root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("The Daily", root.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void A_person_page_has_person_json_ld()
    {
        using var site = Create();
        site.Build();
        var page = site.Html("_site/people/jose-alvarez/index.html");
        Assert.Equal("https://user.github.io/repo/people/jose-alvarez/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("A bio with </script> in it.", Meta(page, "name", "description"));
        Assert.Equal("website", Meta(page, "property", "og:type"));
        using var json = JsonLd(page);
        var root = json.RootElement;
        Assert.Equal("Person", root.GetProperty("@type").GetString());
        Assert.Equal("José Álvarez", root.GetProperty("name").GetString());
        Assert.Equal("Minister of <Things> & \"Stuff\"", root.GetProperty("jobTitle").GetString());
        Assert.Equal("A bio with </script> in it.", root.GetProperty("description").GetString());
        Assert.Equal(["https://en.wikipedia.org/wiki/Jos%C3%A9?a=1&b=2"], root.GetProperty("sameAs").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("https://user.github.io/repo/people/jose-alvarez/", root.GetProperty("url").GetString());
    }

    [Fact]
    public void Other_pages_have_a_canonical_link_and_site_description_but_no_json_ld()
    {
        using var site = Create();
        site.Build();
        foreach (var path in new[] { "_site/index.html", "_site/tags/index.html", "_site/tags/economy/index.html", "_site/search/index.html" })
        {
            var page = site.Html(path);
            var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            Assert.StartsWith("https://user.github.io/repo/", canonical, StringComparison.Ordinal);
            Assert.Equal(canonical, Meta(page, "property", "og:url"));
            Assert.Equal("website", Meta(page, "property", "og:type"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "name", "description")), path);
            Assert.Null(page.QuerySelector("script[type='application/ld+json']"));
        }

        Assert.Equal("News & views.", Meta(site.Html("_site/index.html"), "name", "description"));
    }

    [Fact]
    public void No_json_ld_block_can_be_closed_early_by_content()
    {
        using var site = Create();
        site.Build();
        foreach (var path in new[] { "_site/articles/x/index.html", "_site/people/jose-alvarez/index.html" })
        {
            var raw = site.Read(path);
            var start = raw.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
            var end = raw.IndexOf("</script>", start, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<", raw[(start + 1)..end], StringComparison.Ordinal);
        }
    }

    private static string? Meta(IHtmlDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    private static JsonDocument JsonLd(IHtmlDocument page) =>
        JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
}
