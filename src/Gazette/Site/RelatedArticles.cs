using System.Runtime.InteropServices;

namespace Gazette.Site;

/// <summary>
/// Related articles: those sharing the most terms (people and tags alike), ties broken by
/// site order, so the choice is deterministic.
/// </summary>
internal static class RelatedArticles
{
    /// <summary>
    /// A term with more articles than this is searched only in the window of this many articles
    /// nearest in date to the one being scored. Without it the work grows with the square of a
    /// tag's size (a tag on half of 100,000 articles means billions of comparisons); within a
    /// smaller term every article is compared, so small sites get the exact answer.
    /// </summary>
    public const int TermWindow = 400;

    public static void Compute(IReadOnlyList<SiteArticle> articles, int count, IRelatedStore? store = null)
    {
        // The choice depends only on the site order and each article's terms: when neither
        // changed since the last build (an edit to a body, say), the last answer stands.
        var key = store is null ? 0 : Key(articles, count);
        if (store?.Load(key, articles.Count) is { } known)
        {
            for (var a = 0; a < articles.Count; a++)
            {
                articles[a].Related = known[a].Select(i => articles[i]).ToList();
            }

            return;
        }

        ComputeAll(articles, count);
        store?.Save(key, articles.Select(a => a.Related.Select(r => r.Index).ToArray()).ToArray());
    }

    private static ulong Key(IReadOnlyList<SiteArticle> articles, int count)
    {
        var key = new Incremental.KeyBuilder().Add(count).Add(TermWindow).Add(articles.Count);
        foreach (var article in articles)
        {
            foreach (var (taxonomy, terms) in article.Terms)
            {
                key.Add(taxonomy).Add(terms.Count);
                foreach (var term in terms)
                {
                    key.Add(term.Slug);
                }
            }

            key.Add(-1L);
        }

        return key.Key;
    }

    private static void ComputeAll(IReadOnlyList<SiteArticle> articles, int count)
    {
        // Plain index arrays: the inner loop runs once per (article, article sharing a term)
        // pair — hundreds of millions on a large site — so it must not chase object fields.
        var termIds = new Dictionary<Term, int>();
        var members = new List<int[]>();
        var articleTerms = new int[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            var ids = new List<int>();
            foreach (var terms in articles[a].Terms.Values)
            {
                foreach (var term in terms)
                {
                    if (!termIds.TryGetValue(term, out var id))
                    {
                        id = members.Count;
                        termIds.Add(term, id);
                        members.Add(term.Articles.Select(x => x.Index).ToArray());
                    }

                    ids.Add(id);
                }
            }

            articleTerms[a] = ids.ToArray();
        }

        // Each article's choice depends only on the term lists, so articles are scored in
        // parallel, each worker with its own score table.
        Parallel.For(
            0,
            articles.Count,
            () => (Scores: new int[articles.Count], Touched: new List<int>()),
            (index, _, state) =>
            {
                var scores = state.Scores;
                var touched = state.Touched;
                foreach (var id in articleTerms[index])
                {
                    foreach (var other in Window(members[id], index))
                    {
                        // Not related to itself.
                        if (other != index && scores[other]++ == 0)
                        {
                            touched.Add(other);
                        }
                    }
                }

                // A span, not an enumerator: thousands of candidates an article, each an interface call or two.
                var candidates = CollectionsMarshal.AsSpan(touched);
                articles[index].Related = Top.Of(candidates, count, new ByScore(scores)).ConvertAll(i => articles[i]);
                foreach (var i in candidates)
                {
                    scores[i] = 0;
                }

                touched.Clear();
                return state;
            },
            _ => { });
    }

    // Members are in site order (by index), so the article's own position is a binary search away.
    private static ReadOnlySpan<int> Window(int[] members, int index)
    {
        if (members.Length <= TermWindow)
        {
            return members;
        }

        var at = Array.BinarySearch(members, index);
        var start = Math.Clamp(at - (TermWindow / 2), 0, members.Length - TermWindow);
        return members.AsSpan(start, TermWindow);
    }

    // The highest scores first, ties to the lower index (the newer article).
    private readonly struct ByScore(int[] scores) : IComparer<int>
    {
        public int Compare(int a, int b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b);
    }
}
