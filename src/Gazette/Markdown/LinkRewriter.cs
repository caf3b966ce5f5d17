using Gazette.Routing;

namespace Gazette.Markdown;

/// <summary>
/// Maps links written in articles to site URLs: <c>/path</c> gains the base path, and a link
/// to another article's file (<c>other.md</c>, <c>../articles/other.md#part</c>) becomes that
/// article's URL. The map of article files is made when a link to one first needs it: a
/// rebuild that renders one body should not map ten thousand file names.
/// </summary>
public sealed class LinkRewriter(Routes routes, Func<IReadOnlyDictionary<string, string>> articleUrlsByFileName)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _articleUrls = new(articleUrlsByFileName, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The rewritten URL.</summary>
    public string Rewrite(string url)
    {
        if (url.Length == 0 || Routes.IsExternal(url))
        {
            return url;
        }

        var suffixAt = url.IndexOfAny(['#', '?']);
        var path = suffixAt < 0 ? url : url[..suffixAt];
        var suffix = suffixAt < 0 ? "" : url[suffixAt..];
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var fileName = path[(path.LastIndexOf('/') + 1)..];
            if (_articleUrls.Value.TryGetValue(fileName, out var articleUrl))
            {
                return articleUrl + suffix;
            }
        }

        if (url.StartsWith('/') && !url.StartsWith(routes.BasePath, StringComparison.Ordinal))
        {
            return routes.Url(url);
        }

        return url;
    }
}
