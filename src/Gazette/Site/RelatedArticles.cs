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

            article.Related = touched
                .OrderByDescending(i => scores[i])
                .ThenBy(i => i)
                .Take(count)
                .Select(i => articles[i])
                .ToList();
            foreach (var i in touched)
            {
                scores[i] = 0;
            }

            touched.Clear();
        }
    }
}