namespace Gazette.Site;

/// <summary>
/// Related articles: those sharing the most terms (people and tags alike), ties broken by
/// site order, so the choice is deterministic.
/// </summary>
internal static class RelatedArticles
{
    public static void Compute(IReadOnlyList<SiteArticle> articles, int count)
    {
        var scores = new int[articles.Count];
        var touched = new List<int>();
        foreach (var article in articles)
        {
            foreach (var terms in article.Terms.Values)
            {
                foreach (var term in terms)
                {
                    foreach (var other in term.Articles)
                    {
                        if (other.Index == article.Index)
                        {
                            continue;
                        }

                        if (scores[other.Index]++ == 0)
                        {
                            touched.Add(other.Index);
                        }
                    }
                }
            }

            article.Related = Best(touched, scores, count).Select(i => articles[i]).ToList();
            foreach (var i in touched)
            {
                scores[i] = 0;
            }

            touched.Clear();
        }
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