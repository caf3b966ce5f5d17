using Gazette.Configuration;

namespace Gazette.Routing;

/// <summary>
/// The one place that knows the URL scheme. Pages, feeds, the sitemap, templates and the
/// Markdown link rewriter all ask here, so a change of scheme is a change to this file only.
/// </summary>
public sealed class Routes
{
    private readonly string _baseUrl;

    /// <summary>Routes for a site served from <paramref name="baseUrl"/> (absolute, ending in '/').</summary>
    public Routes(string baseUrl)
    {
        _baseUrl = baseUrl;
        BasePath = new Uri(baseUrl).AbsolutePath;
    }

    /// <summary>The path every URL starts with: <c>/</c> or <c>/repo/</c>.</summary>
    public string BasePath { get; }

    /// <summary>Home page <paramref name="page"/> (1-based).</summary>
    public Route Home(int page = 1) => Paged("", page);

    /// <summary>An article's page.</summary>
    public Route Article(string slug) => Page($"articles/{slug}/");

    /// <summary>A taxonomy's index (<c>/tags/</c>).</summary>
    public Route TaxonomyIndex(TaxonomyConfig taxonomy) => Page($"{taxonomy.Name}/");

    /// <summary>A term's list page <paramref name="page"/> (<c>/tags/x/</c>, <c>/tags/x/page/2/</c>).</summary>
    public Route Term(TaxonomyConfig taxonomy, string slug, int page = 1) => Paged($"{taxonomy.Name}/{slug}/", page);

    /// <summary>A term's Atom feed.</summary>
    public Route TermFeed(TaxonomyConfig taxonomy, string slug) => File($"{taxonomy.Name}/{slug}/feed.xml");

    /// <summary>The site's Atom feed.</summary>
    public Route Feed() => File("feed.xml");

    /// <summary>The archive of all years.</summary>
    public Route Archive() => Page("archive/");

    /// <summary>One year of the archive.</summary>
    public Route ArchiveYear(int year) => Page($"archive/{year}/");

    /// <summary>The search page.</summary>
    public Route Search() => Page("search/");

    /// <summary>
    /// Part <paramref name="part"/> (1-based) of the search index: <c>search/index.json</c>, then
    /// <c>search/index-2.json</c>, … The first part is the one the search page loads first.
    /// </summary>
    public Route SearchIndex(int part = 1) => File(part <= 1 ? "search/index.json" : $"search/index-{part}.json");

    /// <summary>The not-found page GitHub Pages serves for unknown URLs.</summary>
    public Route NotFound() => File("404.html");

    /// <summary>A file at the root or below it, served as is (sitemap, robots, assets).</summary>
    public Route File(string relativePath)
    {
        var path = relativePath.TrimStart('/');
        return new Route(path, BasePath + path, _baseUrl + path);
    }

    /// <summary>The site-relative URL of a path under the site (template <c>url</c> function).</summary>
    public string Url(string relativePath) => IsExternal(relativePath) ? relativePath : BasePath + relativePath.TrimStart('/');

    /// <summary>The absolute URL of a path under the site (template <c>absolute_url</c> function).</summary>
    public string AbsoluteUrl(string relativePath) => IsExternal(relativePath) ? relativePath : _baseUrl + relativePath.TrimStart('/');

    /// <summary>True for URLs that leave the site or stay on the page (scheme, protocol-relative, mailto, fragment).</summary>
    public static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#');

    private Route Page(string directory) =>
        new(directory + "index.html", BasePath + directory, _baseUrl + directory);

    private Route Paged(string directory, int page) =>
        page <= 1 ? Page(directory) : Page($"{directory}page/{page}/");
}
