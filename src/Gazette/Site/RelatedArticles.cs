namespace Gazette.Site;

/// <summary>
/// Related articles: those sharing the most terms (people and tags alike), ties broken by
/// site order, so the choice is deterministic.
/// </summary>
internal static class RelatedArticles
{
    public static void Compute(IReadOnlyList<SiteArticle> articles, int count)
    {
        // Each article's choice depends only on the (already complete) term lists, so articles
        // are scored in parallel, each worker with its own score table.
        Parallel.For(
            0,
            articles.Count,
            () => (Scores: new int[articles.Count], Touched: new List<int>()),
            (index, _, state) =>
            {
                var article = articles[index];
                foreach (var terms in article.Terms.Values)
                {
                    foreach (var term in terms)
                    {
                        foreach (var other in term.Articles)
                        {
                            if (other.Index != index && state.Scores[other.Index]++ == 0)
                            {
                                state.Touched.Add(other.Index);
                            }
                        }
                    }
                }

                article.Related = Best(state.Touched, state.Scores, count).Select(i => articles[i]).ToList();
                foreach (var i in state.Touched)
                {
                    state.Scores[i] = 0;
                }

                state.Touched.Clear();
                return state;
            },
            _ => { });
    }

    // The top `count` by score, ties to the lower index (the newer article): a selection, not
    // a full sort, since popular tags touch thousands of articles.
    private static List<int> Best(List<int> candidates, int[] scores, int count)
    {
        var best = new List<int>(count + 1);
        foreach (var i in candidates)
        {
            var at = best.Count;
            while (at > 0 && Better(i, best[at - 1], scores))
            {
                at--;
            }

            if (at < count)
            {
                best.Insert(at, i);
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        return best;
    }

    private static bool Better(int a, int b, int[] scores) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
}