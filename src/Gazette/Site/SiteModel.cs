using Gazette.Configuration;
using Gazette.Routing;

namespace Gazette.Site;

/// <summary>The assembled site: everything rendering needs, decided and sorted.</summary>
public sealed class SiteModel(SiteConfig config, Routes routes, IReadOnlyList<SiteArticle> articles, IReadOnlyList<Taxonomy> taxonomies, IReadOnlyList<ArchiveYear> years)
{
    /// <summary>Configuration.</summary>
    public SiteConfig Config { get; } = config;

    /// <summary>The URL scheme.</summary>
    public Routes Routes { get; } = routes;

    /// <summary>Published articles, newest first (date, then title, then path).</summary>
    public IReadOnlyList<SiteArticle> Articles { get; } = articles;

    /// <summary>Taxonomies in site.yml order.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; } = taxonomies;

    /// <summary>Archive years, newest first.</summary>
    public IReadOnlyList<ArchiveYear> Years { get; } = years;
}
