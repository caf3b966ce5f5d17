using CsCheck;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.People;
using Gazette.Routing;
using Gazette.Site;
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

    [Fact]
    public void Below_the_window_each_article_gets_the_most_shared_terms_then_the_newest_by_brute_force()
    {
        // Sites of up to 60 articles, each with up to 4 of 8 tags and 3 of 6 people: every term is
        // far below the window, so the answer must be exact.
        var terms = Gen.Int[0, 7].Array[0, 4].Select(Gen.Int[0, 5].Array[0, 3], (tags, people) => (Tags: tags.Distinct().ToArray(), People: people.Distinct().ToArray()));
        terms.Array[1, 60].Sample(written =>
        {
            var articles = written.Select((t, i) => Article(i, t.Tags.Select(x => "t" + x), t.People.Select(x => "P" + x))).ToList();
            var site = SiteAssembler.Assemble(new SiteConfig(), new Routes("https://example.org/"), articles, PersonRegistry.Empty, new DiagnosticBag());
            foreach (var article in site.Articles)
            {
                var mine = Names(article);
                var expected = site.Articles
                    .Where(o => o != article)
                    .Select(o => (Other: o, Shared: Names(o).Count(mine.Contains)))
                    .Where(x => x.Shared > 0)
                    .OrderByDescending(x => x.Shared).ThenBy(x => x.Other.Index)
                    .Take(SiteAssembler.RelatedCount)
                    .Select(x => x.Other.Index);
                Assert.Equal(expected, article.Related.Select(r => r.Index));
            }
        });
    }

    private static HashSet<string> Names(SiteArticle article) =>
        [.. article.Terms.SelectMany(t => t.Value.Select(term => t.Key + ":" + term.Slug))];

    private static Article Article(int i, IEnumerable<string> tags, IEnumerable<string> people)
    {
        var span = new SourceSpan($"content/articles/a{i}.md", 1, 1);
        return new Article
        {
            SourcePath = span.Path,
            Span = span,
            Title = $"A{i}",
            Date = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i % 7),
            Slug = $"a{i}",
            SlugSpan = span,
            Terms = new Dictionary<string, IReadOnlyList<TermReference>>
            {
                ["tags"] = [.. tags.Select(t => new TermReference(t, span))],
                ["people"] = [.. people.Select(p => new TermReference(p, span))],
            },
        };
    }
}
