using System.Runtime.InteropServices;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.People;
using Gazette.Routing;

namespace Gazette.Site;

/// <summary>
/// Turns loaded articles into the site model: order, routes, collisions, taxonomies,
/// neighbours, related articles and the archive. Steps that do not depend on each other run
/// side by side (taxonomies; related articles and co-appearing people), each writing only its
/// own results, so the model is the same whatever the scheduling.
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
        var siteArticles = PlaceArticles(articles.ToList(), routes, diagnostics);
        var collected = new (Taxonomy Taxonomy, List<Term>[] Terms, List<(Term, Content.Quote)>[]? Quotes)[config.Taxonomies.Count];
        Parallel.For(0, collected.Length, t => collected[t] = new TermCollector(config.Taxonomies[t], routes, registry, diagnostics).Collect(siteArticles));
        var taxonomies = collected.Select(c => c.Taxonomy).ToList();
        for (var i = 0; i < siteArticles.Count; i++)
        {
            var article = siteArticles[i];
            var terms = new Dictionary<string, IReadOnlyList<Term>>(collected.Length, StringComparer.Ordinal);
            foreach (var (taxonomy, termsOf, quotesOf) in collected)
            {
                terms[taxonomy.Config.Name] = termsOf[i];
                if (quotesOf is not null)
                {
                    article.Quotes = quotesOf[i];
                }
            }

            article.Terms = terms;
            article.Newer = i > 0 ? siteArticles[i - 1] : null;
            article.Older = i + 1 < siteArticles.Count ? siteArticles[i + 1] : null;
        }

        Parallel.Invoke(
            () => RelatedArticles.Compute(siteArticles, RelatedCount, related),
            () =>
            {
                if (taxonomies.FirstOrDefault(t => t.Config.IsPeople) is { } people)
                {
                    CoPeople(people);
                }
            });

        var years = siteArticles
            .GroupBy(a => a.Article.Date.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveYear(g.Key, routes.ArchiveYear(g.Key), g.ToList()))
            .ToList();
        return new SiteModel(config, routes, siteArticles, taxonomies, years);
    }

    private static List<SiteArticle> PlaceArticles(List<Article> articles, Routes routes, DiagnosticBag diagnostics)
    {
        // Site order and the slug check (which needs path order) are two independent sorts.
        var bySlug = new Dictionary<string, Article>(StringComparer.Ordinal);
        Article[] sorted = [];
        Parallel.Invoke(
            () => sorted = [.. articles.Order(ArticleOrder.Instance)],
            () =>
            {
                // Report against the file that sorts later by path, so the message is stable whichever is newer.
                foreach (var article in articles.OrderBy(a => a.SourcePath, StringComparer.Ordinal))
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
            });

        var placed = new List<SiteArticle>(sorted.Length);
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
        Parallel.ForEach(people.Terms, () => new Dictionary<Term, int>(), (person, state, counts) =>
        {
            counts.Clear();
            foreach (var article in person.Articles)
            {
                foreach (var other in article.TermsOf(people.Config.Name))
                {
                    if (other != person)
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(counts, other, out _)++;
                    }
                }
            }

            person.CoPeople = Top.Of(counts.Select(c => (c.Key, c.Value)), CoPeopleCount, default(ByCount));
            return counts;
        }, _ => { });
    }

    // The most frequent first, ties by name.
    private readonly struct ByCount : IComparer<(Term Person, int Count)>
    {
        public int Compare((Term Person, int Count) a, (Term Person, int Count) b) =>
            a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Person.Name, b.Person.Name);
    }
}
