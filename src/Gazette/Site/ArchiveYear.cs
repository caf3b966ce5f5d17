using Gazette.Routing;

namespace Gazette.Site;

/// <summary>The articles of one year, for the archive.</summary>
public sealed record ArchiveYear(int Year, Route Route, IReadOnlyList<SiteArticle> Articles);
