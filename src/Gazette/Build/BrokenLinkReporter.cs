using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Output;
using Gazette.Site;

namespace Gazette.Build;

/// <summary>
/// Reports the broken internal links <see cref="LinkChecker"/> finds. A link written in an
/// article's Markdown is reported at its line and column in the article's file, which is what
/// the author can fix; any other (a template's, on every page it renders) at the page's output path.
/// </summary>
internal static class BrokenLinkReporter
{
    public static void Report(IReadOnlyList<OutputFile> files, SiteModel site, DiagnosticBag diagnostics)
    {
        var basePath = site.Routes.BasePath;
        var articles = site.Articles.ToDictionary(a => a.Route.OutputPath, a => a.Article, StringComparer.Ordinal);
        foreach (var broken in LinkChecker.FindBroken(files, basePath))
        {
            var span = articles.TryGetValue(broken.Page, out var article) ? InBody(article, broken.Target, basePath) : null;
            diagnostics.Error(span ?? new SourceSpan(broken.Page, 1, 1), $"broken link to {broken.Target}");
        }
    }

    /// <summary>Where the body of a Markdown article writes <paramref name="target"/>, with or without the base path, or null.</summary>
    public static SourceSpan? InBody(Article article, string target, string basePath)
    {
        // A raw .txt article's body is generated Markdown: its offsets are not the file's.
        if (!article.SourcePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The rewriter puts the base path in front of links written from the site root ("/tags/").
        string[] written = target.StartsWith(basePath, StringComparison.Ordinal) && basePath != "/"
            ? [target, target[(basePath.Length - 1)..]]
            : [target];
        foreach (var url in written)
        {
            // As a link destination "(url" first, so that the same text in prose is not blamed instead.
            var index = article.Body.IndexOf("(" + url, StringComparison.Ordinal);
            index = index >= 0 ? index + 1 : article.Body.IndexOf(url, StringComparison.Ordinal);
            if (index >= 0)
            {
                var lineStart = article.Body.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
                var line = article.BodyLine + article.Body.AsSpan(0, lineStart).Count('\n');
                return new SourceSpan(article.SourcePath, line, index - lineStart + 1);
            }
        }

        return null;
    }
}
