using System.Text;
using System.Text.RegularExpressions;

namespace Gazette.Output;

/// <summary>A link on a page that leads to no file of the site.</summary>
/// <param name="Page">The page's output path.</param>
/// <param name="Target">The URL as written.</param>
public sealed record BrokenLink(string Page, string Target);

/// <summary>
/// Finds internal links (href/src under the base path) in HTML output that resolve to no
/// output file — the check behind <c>--strict</c> and <c>gazette check</c>.
/// </summary>
public static partial class LinkChecker
{
    /// <summary>Every broken internal link, in page order.</summary>
    public static IReadOnlyList<BrokenLink> FindBroken(IReadOnlyList<OutputFile> files, string basePath)
    {
        var paths = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        var broken = new List<BrokenLink>();
        foreach (var file in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var html = Encoding.UTF8.GetString(file.Bytes);
            foreach (Match match in LinkAttribute().Matches(html))
            {
                var url = System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value);
                if (!Resolves(url, basePath, paths))
                {
                    broken.Add(new BrokenLink(file.Path, url));
                }
            }
        }

        return broken;
    }

    private static bool Resolves(string url, string basePath, HashSet<string> paths)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return true; // external, relative or fragment-only: not ours to judge
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return false;
        }

        var relative = Uri.UnescapeDataString(path[basePath.Length..]);
        return relative.Length == 0 ? paths.Contains("index.html")
            : relative.EndsWith('/') ? paths.Contains(relative + "index.html")
            : paths.Contains(relative) || paths.Contains(relative + "/index.html");
    }

    [GeneratedRegex("""\b(?:href|src)\s*=\s*"(?<url>[^"]*)"|\b(?:href|src)\s*=\s*'(?<url>[^']*)'""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();
}
