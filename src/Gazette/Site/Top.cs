namespace Gazette.Site;

/// <summary>
/// The first few of many items in an order, by selection rather than by sorting them all:
/// a popular tag touches thousands of articles, a prolific person co-appears with thousands,
/// and only four or ten are kept.
/// </summary>
internal static class Top
{
    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="items"/> by <paramref name="order"/>,
    /// in that order; items that compare equal keep the order they came in.
    /// </summary>
    /// <remarks>The order is a type parameter so that a struct comparer is inlined: this runs in the inner loops of site assembly.</remarks>
    public static List<T> Of<T, TOrder>(IEnumerable<T> items, int count, TOrder order)
        where TOrder : IComparer<T>
    {
        var top = new List<T>(count + 1);
        foreach (var item in items)
        {
            Offer(top, item, count, order);
        }

        return top;
    }

    /// <inheritdoc cref="Of{T, TOrder}(IEnumerable{T}, int, TOrder)"/>
    public static List<T> Of<T, TOrder>(ReadOnlySpan<T> items, int count, TOrder order)
        where TOrder : IComparer<T>
    {
        var top = new List<T>(count + 1);
        foreach (var item in items)
        {
            Offer(top, item, count, order);
        }

        return top;
    }

    private static void Offer<T, TOrder>(List<T> top, T item, int count, TOrder order)
        where TOrder : IComparer<T>
    {
        if (top.Count == count && order.Compare(item, top[^1]) >= 0)
        {
            return;
        }

        var at = top.Count;
        while (at > 0 && order.Compare(item, top[at - 1]) < 0)
        {
            at--;
        }

        top.Insert(at, item);
        if (top.Count > count)
        {
            top.RemoveAt(count);
        }
    }
}
