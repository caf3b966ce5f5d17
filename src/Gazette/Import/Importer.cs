using System.Runtime.CompilerServices;

using Gazette.Diagnostics;

namespace Gazette.Import;

/// <summary>
/// Converts raw text articles into front matter and Markdown: the engine behind <c>gazette import</c>
/// and the in-memory conversion of <c>.txt</c> files during <c>build</c>. Thread-safe.
/// </summary>
public static class Importer
{
    // A first line longer than this is probably a paragraph, not a headline.
    private const int LongTitle = 300;

    /// <summary>
    /// Imports one raw article. Never throws on content: problems go to <paramref name="diagnostics"/>
    /// as <c>path:line:column</c> diagnostics, and the result is null when the file cannot be imported
    /// (binary, empty).
    /// </summary>
    /// <param name="displayPath">The path as the user knows it; used in diagnostics and for <c>source_file</c>.</param>
    /// <param name="bytes">The file's contents.</param>
    /// <param name="options">Site rules, registry and dates.</param>
    /// <param name="diagnostics">Where errors and warnings go.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImportedArticle? Import(string displayPath, ReadOnlySpan<byte> bytes, ImportOptions options, DiagnosticBag diagnostics)
    {
        string? text = RawTextDecoder.Decode(displayPath, bytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        var raw = RawArticleParser.Parse(text, BoilerplateFilter.For(options), options.Sections);
        if (raw.Title is null)
        {
            diagnostics.Error(SourceSpan.File(displayPath), "file is empty: there is no headline to import");
            return null;
        }

        if (raw.Title.Length > LongTitle)
        {
            diagnostics.Warning(SourceSpan.File(displayPath), $"the headline is {raw.Title.Length} characters long; is the first line really the headline?");
        }

        if (raw.Blocks.Count == 0)
        {
            diagnostics.Warning(SourceSpan.File(displayPath), "the article has a headline but no body text");
        }

        var segments = Segments(raw);
        var people = PersonExtractor.Extract(segments, options.ResolvePerson);
        var quotes = QuoteExtractor.Extract(segments, people);
        var tags = TagExtractor.Extract(raw.Section, segments, options);
        string? firstParagraph = raw.Blocks.OfType<ParagraphBlock>().FirstOrDefault()?.Text;
        return new ImportedArticle(
            raw.Title, raw.Subtitle, raw.Section, raw.Author, Date(displayPath, raw, options, diagnostics),
            raw.SourceName, raw.SourceUrl, Slug(displayPath, raw.Title),
            firstParagraph is null ? null : SummaryBuilder.Summarize(firstParagraph),
            tags, people.Names, quotes, people.Roles, Path.GetFileName(displayPath),
            BodyWriter.Write(raw.Blocks), raw.Removed, raw.Blocks.Count);
    }

    /// <summary>The <c>.md</c> text exactly as <c>gazette import</c> writes it: YAML front matter between <c>---</c> lines, a blank line, the Markdown body.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string ToMarkdownFile(ImportedArticle article) =>
        FrontMatterWriter.Write(article) + "\n" + article.Body + (article.Body.Length > 0 ? "\n" : "");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<TextSegment> Segments(RawArticle raw)
    {
        var segments = new List<TextSegment> { new(raw.Title!, SegmentKind.Title) };
        if (raw.Subtitle is not null)
        {
            segments.Add(new TextSegment(raw.Subtitle, SegmentKind.Subtitle));
        }

        foreach (var block in raw.Blocks)
        {
            if (block is ParagraphBlock paragraph)
            {
                segments.Add(new TextSegment(paragraph.Text, SegmentKind.Paragraph));
            }
            else if (block is ListBlock list)
            {
                segments.AddRange(list.Items.Select(static item => new TextSegment(item, SegmentKind.ListItem)));
            }
        }

        return segments;
    }

    // Dateline, else --date, else the file's modification date (with a warning).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateOnly? Date(string path, RawArticle raw, ImportOptions options, DiagnosticBag diagnostics)
    {
        if ((raw.Date ?? options.FallbackDate) is { } date)
        {
            return date;
        }

        if (options.FileDate is { } fileDate)
        {
            diagnostics.Warning(SourceSpan.File(path), $"no dateline and no --date; using the file's modification date {fileDate:yyyy-MM-dd}");
            return fileDate;
        }

        diagnostics.Warning(SourceSpan.File(path), "no dateline and no --date: the article has no date");
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Slug(string path, string title)
    {
        string slug = Routing.Slugger.Slugify(title, Content.ArticleReader.MaxSlugLength);
        if (slug.Length == 0)
        {
            slug = Routing.Slugger.Slugify(Path.GetFileNameWithoutExtension(path), Content.ArticleReader.MaxSlugLength);
        }

        return slug.Length == 0 ? "article" : slug;
    }
}
