using Gazette.Configuration;
using Gazette.Diagnostics;

namespace Gazette.Content;

/// <summary>
/// Finds and reads every article under <c>content/articles/</c>, in parallel, in a stable order:
/// <c>.md</c> as written, <c>.txt</c> converted in memory exactly as <c>gazette import</c> would.
/// </summary>
public static class ContentLoader
{
    /// <summary>The articles folder inside the content folder.</summary>
    public const string ArticlesFolder = "articles";

    /// <summary>Article files (relative display paths and full paths), sorted ordinally so every run sees one order.</summary>
    public static IReadOnlyList<(string DisplayPath, string FullPath)> FindArticles(string siteDir, SiteConfig config) =>
        [.. Find(siteDir, config, listed: null).Select(f => (f.DisplayPath, f.FullPath))];

    // The article files with, when the build stamp listed them already, their size and time. Its
    // listing of content/ is not used when the articles folder is a link, which a listing of the
    // folder around it might not have followed.
    private static List<(string DisplayPath, string FullPath, FileInfo? Info)> Find(string siteDir, SiteConfig config, IReadOnlyDictionary<string, FileInfo>? listed)
    {
        var root = new DirectoryInfo(Path.Combine(siteDir, config.ContentDir, ArticlesFolder));
        if (!root.Exists)
        {
            return [];
        }

        var prefix = Path.TrimEndingDirectorySeparator(root.FullName) + Path.DirectorySeparatorChar;
        var files = listed is not null && root.LinkTarget is null
            ? listed.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(f => (Path: f.Key, Info: (FileInfo?)f.Value))
            : Directory.EnumerateFiles(root.FullName, "*", SearchOption.AllDirectories).Select(f => (Path: f, Info: (FileInfo?)null));
        return files
            .Where(f => IsArticle(Path.GetRelativePath(root.FullName, f.Path)))
            .Select(f => (Path.GetRelativePath(siteDir, f.Path).Replace('\\', '/'), f.Path, f.Info))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Reads every article; unreadable ones are reported and left out. With a
    /// <paramref name="cache"/>, files unchanged since the last build are restored, not parsed.
    /// </summary>
    public static IReadOnlyList<Article> Load(string siteDir, SiteConfig config, Import.ImportOptions importOptions, DiagnosticBag diagnostics, Incremental.ArticleCache? cache = null, IReadOnlyDictionary<string, FileInfo>? listed = null)
    {
        var files = Find(siteDir, config, listed);
        var articles = new Article?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (display, full, known) = files[i];
            var info = known ?? new FileInfo(full);
            if (cache?.TryGet(display, full, info) is { } cached)
            {
                articles[i] = cached;
                return;
            }

            var found = new DiagnosticBag();
            articles[i] = Read(display, full, config, importOptions, found);
            diagnostics.AddRange(found.Sorted());
            if (articles[i] is { } article && found.Count == 0)
            {
                cache?.Add(display, info, article);
            }
        });
        return articles.OfType<Article>().ToList();
    }

    private static Article? Read(string display, string full, SiteConfig config, Import.ImportOptions importOptions, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(full);
        Article? article;
        if (!IsRaw(full) && TextDecoder.AsWritten(bytes) is { } written && FrontMatterSplitter.SplitUtf8(written) is { } parts)
        {
            // The usual file: its body is kept as the bytes read, half the size of a string, and
            // decoded when used; nothing of the file is copied but its front matter.
            article = ArticleReader.Read(display, parts, config, diagnostics);
        }
        else
        {
            var text = IsRaw(full) ? Raw(display, full, bytes, importOptions, diagnostics) : TextDecoder.DecodeUtf8(display, bytes, diagnostics);
            article = text is null ? null : ArticleReader.Read(display, text, config, diagnostics);
        }

        return article is null ? null : article with { ContentHash = Incremental.KeyBuilder.Of(bytes) };
    }

    private static bool IsRaw(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static string? Raw(string display, string full, byte[] bytes, Import.ImportOptions options, DiagnosticBag diagnostics)
    {
        var fileOptions = options with { FileDate = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(full)) };
        var imported = Import.Importer.Import(display, bytes, fileOptions, diagnostics);
        return imported is null ? null : Import.Importer.ToMarkdownFile(imported);
    }

    // Hidden files and editor leftovers are not articles.
    private static bool IsArticle(string relative) =>
        !relative.Replace('\\', '/').Split('/').Any(p => p.StartsWith('.') || p.StartsWith('_'))
        && (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || IsRaw(relative));
}
