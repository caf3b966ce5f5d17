using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.People;
using Gazette.Routing;

namespace Gazette.Site;

/// <summary>
/// Turns loaded articles into the site model on one thread: order, routes, collisions,
/// taxonomies, neighbours, related articles and the archive.
/// </summary>
public static class SiteAssembler
{
    /// <summary>How many related articles each article lists.</summary>
    public const int RelatedCount = 4;

    /// <summary>How many co-appearing people a person page lists.</summary>
    public const int CoPeopleCount = 10;

    /// <summary>Assembles <paramref name="articles"/>; collisions go to <paramref name="diagnostics"/>.</summary>
    public static SiteModel Assemble(SiteConfig config, Routes routes, IEnumerable<Article> articles, PersonRegistry registry, DiagnosticBag diagnostics, IRelatedStore? related = null)
    {
        var sorted = articles.Order(ArticleOrder.Instance).ToList();
        var siteArticles = PlaceArticles(sorted, routes, diagnostics);
        var taxonomies = config.Taxonomies
            .Select(t => new TermCollector(t, routes, registry, diagnostics).Collect(siteArticles))
            .ToList();

        for (var i = 0; i < siteArticles.Count; i++)
        {
            siteArticles[i].Newer = i > 0 ? siteArticles[i - 1] : null;
            siteArticles[i].Older = i + 1 < siteArticles.Count ? siteArticles[i + 1] : null;
        }

        RelatedArticles.Compute(siteArticles, RelatedCount, related);
        if (taxonomies.FirstOrDefault(t => t.Config.IsPeople) is { } people)
        {
            CoPeople(people);
        }

        var years = siteArticles
            .GroupBy(a => a.Article.Date.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveYear(g.Key, routes.ArchiveYear(g.Key), g.ToList()))
            .ToList();
        return new SiteModel(config, routes, siteArticles, taxonomies, years);
    }

    private static List<SiteArticle> PlaceArticles(List<Article> sorted, Routes routes, DiagnosticBag diagnostics)
    {
        var bySlug = new Dictionary<string, Article>(StringComparer.Ordinal);
        var placed = new List<SiteArticle>(sorted.Count);

        // Report against the file that sorts later by path, so the message is stable whichever is newer.
        foreach (var article in sorted.OrderBy(a => a.SourcePath, StringComparer.Ordinal))
        {
            if (bySlug.TryGetValue(article.Slug, out var first))
            {
                diagnostics.Error(article.SlugSpan, $"URL /articles/{article.Slug}/ is already used by {first.SlugSpan}; give one of them a different 'slug'");
            }
            else
            {
                bySlug.Add(article.Slug, article);
            }
        }

        foreach (var article in sorted)
        {
            if (ReferenceEquals(bySlug[article.Slug], article))
            {
                placed.Add(new SiteArticle(article, routes.Article(article.Slug), placed.Count));
            }
        }

        return placed;
    }

    private static void CoPeople(Taxonomy people)
    {
        foreach (var person in people.Terms)
        {
            var counts = new Dictionary<Term, int>();
            foreach (var article in person.Articles)
            {
                foreach (var other in article.TermsOf(people.Config.Name))
                {
                    if (other != person)
                    {
                        counts[other] = counts.GetValueOrDefault(other) + 1;
                    }
                }
            }

            person.CoPeople = counts
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key.Name, StringComparer.Ordinal)
                .Take(CoPeopleCount)
                .Select(p => (p.Key, p.Value))
                .ToList();
        }
    }
}
