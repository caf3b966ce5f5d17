namespace Gazette.Import;

/// <summary>One block of an article body.</summary>
internal abstract record BodyBlock;

/// <summary>A paragraph of plain text (hard wraps joined, spaces collapsed, not yet escaped).</summary>
internal sealed record ParagraphBlock(string Text) : BodyBlock;

/// <summary>A bulleted (or numbered) list; items are plain text without their markers.</summary>
internal sealed record ListBlock(IReadOnlyList<string> Items, bool Ordered) : BodyBlock;

/// <summary>What <see cref="RawArticleParser"/> finds in a raw article, before any people or tag rules.</summary>
internal sealed record RawArticle(
    string? Section,
    string? Title,
    string? Subtitle,
    string? Author,
    DateOnly? Date,
    string? SourceName,
    string? SourceUrl,
    IReadOnlyList<BodyBlock> Blocks,
    IReadOnlyList<string> Removed);

/// <summary>A line of the raw file: trimmed, spaces collapsed, with its 1-based line number and indentation.</summary>
internal readonly record struct RawLine(string Text, int Number, int Indent);
