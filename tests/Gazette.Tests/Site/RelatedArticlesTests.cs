using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed class RelatedArticlesTests
{
    private static List<string?> Related(TestSite site, string slug) =>
        site.Html($"_site/articles/{slug}/index.html").QuerySelectorAll("section.related a[href^='/articles/']")
            .Select(a => a.GetAttribute("href")).Distinct().ToList();

    [Fact]
    public void Most_shared_terms_first_then_newest()
    {
        using var site = TestSite.Create("""
            -- content/articles/a.md --
            ---
            title: A
            date: 2024-01-05
            tags: [x, y]
            people: [Ann Lee]
            ---
            a
            -- content/articles/b.md --
            ---
            title: B
            date: 2024-01-04
            tags: [x]
            ---
            b
            -- content/articles/c.md --
            ---
            title: C
            date: 2024-01-03
            tags: [x, y]
            people: [Ann Lee]
            ---
            c
            -- content/articles/d.md --
            ---
            title: D
            date: 2024-01-02
            tags: [y]
            ---
            d
            -- content/articles/e.md --
            ---
            title: E
            date: 2024-01-01
            tags: [unrelated]
            ---
            e
            """);
        site.Build();
        Assert.Equal(["/articles/c/", "/articles/b/", "/articles/d/"], Related(site, "a"));
    }

    [Fact]
    public void A_very_large_term_is_searched_near_the_article_in_date()
    {
        // 402 articles share one tag: beyond the window, the oldest article's candidates are the
        // 400 nearest to it, so its related are the newest of those (positions 3–6), not of the site.
        using var site = TestSite.Create("-- site.yml --\npaginate: 100\nfeeds: false\n" + Articles.Many(402, "[big]"));
        site.Build();
        Assert.Equal(["/articles/a400/", "/articles/a399/", "/articles/a398/", "/articles/a397/"], Related(site, "a001"));
        Assert.Equal(["/articles/a401/", "/articles/a400/", "/articles/a399/", "/articles/a398/"], Related(site, "a402"));
    }
}
