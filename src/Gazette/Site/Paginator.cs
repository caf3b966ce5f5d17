using Gazette.Routing;

namespace Gazette.Site;

/// <summary>One page of a paginated list.</summary>
public sealed record PagerPage<T>(int Number, int TotalPages, int TotalItems, IReadOnlyList<T> Items, IReadOnlyList<Route> PageRoutes)
{
    /// <summary>This page's route.</summary>
    public Route Route => PageRoutes[Number - 1];
}

/// <summary>Splits a list into pages; an empty list still has one (empty) page.</summary>
public static class Paginator
{
    /// <summary>Pages of at most <paramref name="size"/> items; <paramref name="routeOf"/> gives page N's route.</summary>
    public static IReadOnlyList<PagerPage<T>> Paginate<T>(IReadOnlyList<T> items, int size, Func<int, Route> routeOf)
    {
        var total = Math.Max(1, (items.Count + size - 1) / size);
        var routes = Enumerable.Range(1, total).Select(routeOf).ToList();
        var pages = new List<PagerPage<T>>(total);
        for (var n = 1; n <= total; n++)
        {
            var start = (n - 1) * size;
            var count = Math.Min(size, items.Count - start);
            var slice = count <= 0 ? [] : items.Skip(start).Take(count).ToList();
            pages.Add(new PagerPage<T>(n, total, items.Count, slice, routes));
        }

        return pages;
    }
}
