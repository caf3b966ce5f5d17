using System.Collections.Concurrent;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.People;

namespace Gazette.Import;

/// <summary>What <c>gazette import</c> was asked to do.</summary>
public sealed record ImportRequest
{
    /// <summary>The site whose site.yml rules and people.yml apply.</summary>
    public required string SiteDir { get; init; }

    /// <summary>Raw files, or folders searched for <c>*.txt</c>.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>Target folder; default the site's <c>content/articles/</c>.</summary>
    public string? Into { get; init; }

    /// <summary>Date for articles without a dateline.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Overwrite existing Markdown files.</summary>
    public bool Force { get; init; }

    /// <summary>Write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Append people people.yml lacks.</summary>
    public bool UpdateRegistry { get; init; }
}

/// <summary>What happened to one input.</summary>
public enum ImportOutcome
{
    /// <summary>The Markdown file was written.</summary>
    Written,

    /// <summary>Dry run: it would have been written.</summary>
    WouldWrite,

    /// <summary>Not imported: the file could not be read, or the target exists without --force.</summary>
    Failed,
}

/// <summary>One input's result.</summary>
/// <param name="Source">The raw file, as given.</param>
/// <param name="Target">The Markdown file it goes to (empty when it failed before a slug was known).</param>
/// <param name="Article">The import, when the file could be read.</param>
/// <param name="Markdown">The Markdown file's text.</param>
/// <param name="Outcome">Written, would write, or failed.</param>
public sealed record ImportItem(string Source, string Target, ImportedArticle? Article, string? Markdown, ImportOutcome Outcome);

/// <summary>The result of an import run.</summary>
/// <param name="Items">One per input, in input order.</param>
/// <param name="Diagnostics">Every problem, sorted.</param>
/// <param name="PeopleAdded">Names appended to people.yml.</param>
public sealed record ImportReport(IReadOnlyList<ImportItem> Items, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> PeopleAdded)
{
    /// <summary>True when every input was imported.</summary>
    public bool Succeeded => Items.All(i => i.Outcome != ImportOutcome.Failed) && !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// <c>gazette import</c>: reads raw files in parallel, converts each with <see cref="Importer"/>,
/// and writes one Markdown file per input. A file that fails is reported and the others still
/// import; an existing file is never overwritten without <see cref="ImportRequest.Force"/>.
/// </summary>
public static class ImportBatch
{
    /// <summary>Runs <paramref name="request"/>; <paramref name="progress"/> hears of each file done.</summary>
    public static ImportReport Run(ImportRequest request, IProgress<int>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var siteDir = Path.GetFullPath(request.SiteDir);
        var config = SiteConfigLoader.Load(siteDir, diagnostics);
        var registry = PeopleLoader.Load(siteDir, config, diagnostics);
        var options = ImportSettings.For(config, registry, request.Date);
        var into = request.Into ?? Path.Combine(siteDir, config.ContentDir, ContentLoader.ArticlesFolder);
        var inputs = Inputs(request.Paths, diagnostics);

        var imported = new ImportedArticle?[inputs.Count];
        var done = 0;
        Parallel.For(0, inputs.Count, i =>
        {
            var fileOptions = options with { FileDate = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(inputs[i])) };
            imported[i] = Importer.Import(Display(inputs[i]), File.ReadAllBytes(inputs[i]), fileOptions, diagnostics);
            progress?.Report(Interlocked.Increment(ref done));
        });

        var items = Place(inputs, imported, into, request, diagnostics);
        if (!request.DryRun)
        {
            // Targets were decided on one thread; the writes themselves are independent.
            Directory.CreateDirectory(into);
            Parallel.ForEach(items.Where(i => i.Outcome == ImportOutcome.Written), item => File.WriteAllText(Path.Combine(into, item.Article!.Slug + ".md"), item.Markdown));
        }

        var added = request.UpdateRegistry && !request.DryRun ? RegistryUpdater.Append(PeopleLoader.PathIn(siteDir, config), registry, items) : [];
        return new ImportReport(items, diagnostics.Sorted(), added);
    }

    private static List<ImportItem> Place(IReadOnlyList<string> inputs, ImportedArticle?[] imported, string into, ImportRequest request, DiagnosticBag diagnostics)
    {
        var items = new List<ImportItem>(inputs.Count);
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var source = Display(inputs[i]);
            var article = imported[i];
            if (article is null)
            {
                items.Add(new ImportItem(source, "", null, null, ImportOutcome.Failed));
                continue;
            }

            // Headlines repeat ("Live: …", "What we know so far"): a later article with the same
            // slug gets -2, -3… in input order, so one batch never asks to write a file twice.
            if (claimed.TryGetValue(article.Slug, out var first))
            {
                var n = 2;
                while (claimed.ContainsKey($"{article.Slug}-{n}"))
                {
                    n++;
                }

                diagnostics.Warning(SourceSpan.File(source), $"the headline's URL /articles/{article.Slug}/ is taken by {first}; this article gets slug '{article.Slug}-{n}'");
                article = article with { Slug = $"{article.Slug}-{n}" };
            }

            claimed.Add(article.Slug, source);
            var target = Path.Combine(into, article.Slug + ".md");
            var shown = Display(target);
            var markdown = Importer.ToMarkdownFile(article);
            if (File.Exists(target) && !request.Force)
            {
                diagnostics.Error(SourceSpan.File(source), $"{shown} already exists; use --force to overwrite it");
                items.Add(new ImportItem(source, shown, article, markdown, ImportOutcome.Failed));
                continue;
            }

            items.Add(new ImportItem(source, shown, article, markdown, request.DryRun ? ImportOutcome.WouldWrite : ImportOutcome.Written));
        }

        return items;
    }

    // Files as given; folders searched for *.txt; one stable order.
    private static List<string> Inputs(IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Select(Path.GetFullPath).Order(StringComparer.Ordinal));
            }
            else
            {
                diagnostics.Error(new SourceSpan(path, 1, 1), "no such file or folder");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
}
