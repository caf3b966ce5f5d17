using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed class TaxonomyTests
{
    [Fact]
    public void Aliases_and_case_variants_lead_to_one_person_page()
    {
        using var site = TestSite.Create("""
            -- content/people.yml --
            - name: Vladimir Putin
              aliases: [Putin]
              role: President of Russia
            -- content/articles/a.md --
            ---
            title: One
            date: 2024-01-01
            people: [Putin]
            ---
            x
            -- content/articles/b.md --
            ---
            title: Two
            date: 2024-01-02
            people: [vladimir putin]
            ---
            y
            """);
        site.Build();
        Assert.False(site.Exists("_site/people/putin/index.html"));
        var page = site.Html("_site/people/vladimir-putin/index.html");
        Assert.Equal("Vladimir Putin", page.QuerySelector("main h1")!.TextContent.Trim());
        var articles = page.QuerySelectorAll("main a[href^='/articles/']").Select(a => a.GetAttribute("href")).Distinct();
        Assert.Equal(["/articles/b/", "/articles/a/"], articles);
        site.AssertFile("_site/people/index.html", "President of Russia");
    }

    [Fact]
    public void Unicode_names_get_ascii_slugs()
    {
        using var site = TestSite.Create("""
            -- content/articles/Ein Überblick über Łódź.md --
            ---
            title: Ein Überblick über Łódź
            date: 2024-01-01
            tags: [Économie, Straße]
            people: [José Álvarez, Zoë Brönte]
            ---
            x
            """);
        site.Build();
        Assert.True(site.Exists("_site/articles/ein-uberblick-uber-lodz/index.html"));
        Assert.True(site.Exists("_site/tags/economie/index.html"));
        Assert.True(site.Exists("_site/tags/strasse/index.html"));
        Assert.True(site.Exists("_site/people/jose-alvarez/index.html"));
        Assert.Equal("José Álvarez", site.Html("_site/people/jose-alvarez/index.html").QuerySelector("main h1")!.TextContent.Trim());
        Assert.True(site.Exists("_site/people/zoe-bronte/index.html"));
    }

    [Fact]
    public void Two_different_names_with_one_slug_is_an_error_naming_both()
    {
        using var site = TestSite.Create("""
            -- content/articles/a.md --
            ---
            title: One
            date: 2024-01-02
            tags: [C++]
            ---
            x
            -- content/articles/b.md --
            ---
            title: Two
            date: 2024-01-01
            tags: [C]
            ---
            y
            """);
        var errors = site.BuildFails();
        Assert.Equal(["content/articles/b.md:4:8: error: tag 'C' and 'C++' (at content/articles/a.md:4:8) would share the URL /tags/c/; use one spelling"], errors);
    }

    [Fact]
    public void Tags_are_merged_case_insensitively_and_sorted_by_count_then_name()
    {
        using var site = TestSite.Create("""
            -- content/articles/a.md --
            ---
            title: One
            date: 2024-01-01
            tags: [Zebra, apple, Mango]
            ---
            x
            -- content/articles/b.md --
            ---
            title: Two
            date: 2024-01-02
            tags: [zebra, Banana]
            ---
            y
            """);
        site.Build();
        var order = site.Html("_site/tags/index.html").QuerySelectorAll("main a[href^='/tags/']")
            .Select(a => a.GetAttribute("href")).Where(h => h != "/tags/").Distinct().ToList();
        Assert.Equal(["/tags/zebra/", "/tags/apple/", "/tags/banana/", "/tags/mango/"], order);
    }
}
