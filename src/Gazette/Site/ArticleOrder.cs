using Gazette.Content;

namespace Gazette.Site;

/// <summary>
/// The site's one article order: newest first, then title, then source path — a total order,
/// so equal dates never depend on file system or thread order.
/// </summary>
public sealed class ArticleOrder : IComparer<Article>
{
    /// <summary>The shared instance.</summary>
    public static ArticleOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDate = y.Date.CompareTo(x.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byTitle = string.CompareOrdinal(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.SourcePath, y.SourcePath);
    }
}
