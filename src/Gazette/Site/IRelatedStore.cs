namespace Gazette.Site;

/// <summary>Keeps related-article choices between builds (as site-order indexes), under a key of what they were computed from.</summary>
public interface IRelatedStore
{
    /// <summary>The choices saved under <paramref name="key"/> for <paramref name="count"/> articles, or null.</summary>
    int[][]? Load(ulong key, int count);

    /// <summary>Saves the choices computed under <paramref name="key"/>.</summary>
    void Save(ulong key, int[][] related);
}
