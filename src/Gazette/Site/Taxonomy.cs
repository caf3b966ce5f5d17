using Gazette.Configuration;
using Gazette.Routing;

namespace Gazette.Site;

/// <summary>All terms of one taxonomy, in the order its index lists them.</summary>
public sealed class Taxonomy(TaxonomyConfig config, Route route, IReadOnlyList<Term> terms)
{
    /// <summary>Name, singular, title.</summary>
    public TaxonomyConfig Config { get; } = config;

    /// <summary>The index page.</summary>
    public Route Route { get; } = route;

    /// <summary>
    /// People A–Z by name; other taxonomies by article count (most first), then name —
    /// both total orders, so output never depends on input order.
    /// </summary>
    public IReadOnlyList<Term> Terms { get; } = terms;
}
