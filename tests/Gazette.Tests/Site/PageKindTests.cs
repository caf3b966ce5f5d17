using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed class PageKindTests
{
    private const string Files = """
        -- site.yml --
        title: Test Times
        base_url: https://example.org/
        cname: news.example.org
        -- content/people.yml --
        - name: Ada Lovelace
          aliases: [Lovelace]
          role: Analyst
          bio: Wrote the first program.
          links:
            - title: Wikipedia
              url: https://en.wikipedia.org/wiki/Ada_Lovelace
        -- content/articles/engines.md --
        ---
        title: Engines of Thought
        subtitle: A machine that weaves numbers
        section: Science
        date: 2023-05-02
        author: Charles Babbage
        tags: [Science, Computing]
        people: [Lovelace, Charles Babbage]
        quotes:
          - person: Ada Lovelace
            text: The engine weaves algebraic patterns.
        source: {name: Royal Society, url: https://royalsociety.org/}
        summary: Two inventors on a new kind of machine.
        ---
        The **engine** is [described here](other.md).
        -- content/articles/other.md --
        ---
        title: Looms and Cards
        date: 2022-11-20
        tags: [computing]
        people: [Ada Lovelace]
        ---
        Punched cards control the loom.
        """;

    [Fact]
    public void Every_page_kind_is_written()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        string[] expected =
        [
            "index.html", "articles/engines/index.html", "articles/other/index.html",
            "tags/index.html", "tags/computing/index.html", "tags/science/index.html",
            "people/index.html", "people/ada-lovelace/index.html", "people/charles-babbage/index.html",
            "archive/index.html", "archive/2023/index.html", "archive/2022/index.html", "search/index.html", "404.html",
            "feed.xml", "tags/computing/feed.xml", "people/ada-lovelace/feed.xml",
            "sitemap.xml", "robots.txt", ".nojekyll", "CNAME", "assets/style.css",
        ];
        foreach (var path in expected)
        {
            Assert.True(File.Exists(Path.Combine(site.Output, path)), $"{path} missing");
        }

        Assert.Equal("news.example.org\n", site.Read("_site/CNAME"));
    }

    [Fact]
    public void Article_page_shows_its_front_matter_and_body()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var page = site.Html("_site/articles/engines/index.html");
        Assert.Equal("Engines of Thought", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("Engines of Thought", page.Title);
        var main = page.QuerySelector("main")!;
        Assert.Contains("A machine that weaves numbers", main.TextContent);
        Assert.Contains("Charles Babbage", main.TextContent);
        Assert.NotNull(main.QuerySelector("time[datetime='2023-05-02']"));
        Assert.NotNull(main.QuerySelector("strong"));
        Assert.NotNull(main.QuerySelector("a[href='/tags/computing/']"));
        Assert.NotNull(main.QuerySelector("a[href='/people/ada-lovelace/']"));
        Assert.Contains("Analyst", main.TextContent);
        Assert.Contains("The engine weaves algebraic patterns.", main.TextContent);
        Assert.NotNull(main.QuerySelector("a[href='https://royalsociety.org/']"));
        Assert.NotNull(main.QuerySelector("a[href='/articles/other/']"));
    }

    [Fact]
    public void Tags_index_lists_every_tag_with_its_count_most_used_first()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var links = site.Html("_site/tags/index.html").QuerySelectorAll("main a[href^='/tags/']")
            .Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(["/tags/computing/", "/tags/science/"], links.Where(l => l != "/tags/").ToList());
        site.AssertFile("_site/tags/index.html", "Computing", "2");
    }

    [Fact]
    public void Person_page_has_bio_role_links_articles_quotes_and_co_people()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var main = site.Html("_site/people/ada-lovelace/index.html").QuerySelector("main")!;
        Assert.Equal("Ada Lovelace", main.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Wrote the first program.", main.TextContent);
        Assert.Contains("Analyst", main.TextContent);
        Assert.NotNull(main.QuerySelector("a[href='https://en.wikipedia.org/wiki/Ada_Lovelace']"));
        Assert.NotNull(main.QuerySelector("a[href='/articles/engines/']"));
        Assert.NotNull(main.QuerySelector("a[href='/articles/other/']"));
        Assert.Contains("The engine weaves algebraic patterns.", main.TextContent);
        Assert.NotNull(main.QuerySelector("a[href='/people/charles-babbage/']"));
    }

    [Fact]
    public void People_index_lists_people_a_to_z_with_roles()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var main = site.Html("_site/people/index.html").QuerySelector("main")!;
        var links = main.QuerySelectorAll("a[href^='/people/']").Select(a => a.GetAttribute("href")).Where(h => h != "/people/").Distinct().ToList();
        Assert.Equal(["/people/ada-lovelace/", "/people/charles-babbage/"], links);
        Assert.Contains("Analyst", main.TextContent);
    }

    [Fact]
    public void Archive_groups_articles_by_year_newest_first()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var text = site.Html("_site/archive/index.html").QuerySelector("main")!.TextContent;
        Assert.True(text.IndexOf("2023", StringComparison.Ordinal) < text.IndexOf("2022", StringComparison.Ordinal));
        site.AssertFile("_site/archive/2022/index.html", "Looms and Cards", "! Engines of Thought");
    }

    [Fact]
    public void Newer_and_older_link_neighbouring_articles_and_related_share_terms()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var newer = site.Html("_site/articles/engines/index.html");
        Assert.NotNull(newer.QuerySelector("main a[href='/articles/other/']"));
        var older = site.Html("_site/articles/other/index.html");
        Assert.NotNull(older.QuerySelector("main a[href='/articles/engines/']"));
    }

    [Fact]
    public void Feeds_sitemap_and_robots_are_well_formed()
    {
        using var site = TestSite.Create(Files);
        site.Build();
        var feed = System.Xml.Linq.XDocument.Parse(site.Read("_site/feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(["Engines of Thought", "Looms and Cards"], feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal("2023-05-02T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
        var person = System.Xml.Linq.XDocument.Parse(site.Read("_site/people/charles-babbage/feed.xml"));
        Assert.Single(person.Root!.Elements(atom + "entry"));
        Assert.Null(person.Root.Element(atom + "entry")!.Element(atom + "content"));
        Assert.Contains("<strong>engine</strong>", feed.Root.Element(atom + "entry")!.Element(atom + "content")!.Value, StringComparison.Ordinal);

        var sitemap = System.Xml.Linq.XDocument.Parse(site.Read("_site/sitemap.xml"));
        var locs = sitemap.Root!.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains("https://example.org/articles/engines/", locs);
        Assert.Contains("https://example.org/people/ada-lovelace/", locs);
        Assert.DoesNotContain("https://example.org/404.html", locs);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        site.AssertFile("_site/robots.txt", "Sitemap: https://example.org/sitemap.xml");
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = TestSite.Create(Files + "\n" + """
            -- content/articles/draft.md --
            ---
            title: Unfinished Story
            date: 2024-01-01
            draft: true
            ---
            Not yet.
            """);
        site.Build();
        Assert.False(site.Exists("_site/articles/draft/index.html"));
        site.AssertFile("_site/index.html", "! Unfinished Story");
        site.Build(o => o with { Drafts = true });
        site.AssertFile("_site/index.html", "Unfinished Story");
    }
}
