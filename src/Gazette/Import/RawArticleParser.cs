using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>
/// Reads the structure of a raw article (pure: text in, <see cref="RawArticle"/> out): an optional
/// section label, the headline, an optional subheadline, byline and dateline, then the body, with
/// scraped noise removed and a trailing <c>Source:</c> line taken as the source.
/// </summary>
internal static partial class RawArticleParser
{
    private const int MaxSectionLength = 30;
    private const int MaxSectionWords = 3;
    private const int MaxSubtitleLength = 250;

    /// <summary>Parses decoded text (line endings already <c>\n</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RawArticle Parse(string text, BoilerplateFilter filter, IReadOnlyList<string> knownSections)
    {
        var blocks = SplitBlocks(text);
        var removed = new List<string>();
        int b = 0;
        string? section = null, title = null, subtitle = null, author = null;
        DateOnly? date = null;

        if (blocks.Count > 0 && IsSectionLabel(blocks, knownSections))
        {
            section = blocks[0][0].Text;
            b = 1;
        }

        if (b < blocks.Count)
        {
            title = blocks[b][0].Text;
            blocks[b].RemoveAt(0);
            if (blocks[b].Count == 0)
            {
                b++;
            }
        }

        // The header zone: byline and dateline lines, noise, and one subheadline straight after the headline.
        bool first = true;
        bool afterByline = false;
        while (b < blocks.Count)
        {
            var block = blocks[b];
            while (block.Count > 0 && ReadHeaderLine(block[0].Text, afterByline, ref author, ref date) is var kind and not HeaderLine.None)
            {
                block.RemoveAt(0);
                first = false;
                afterByline = kind == HeaderLine.Byline;
            }

            if (block.Count == 0)
            {
                b++;
                continue;
            }

            string joined = JoinLines(block);
            if (filter.IsNoiseParagraph(joined) || (block.Count == 1 && filter.IsNoiseLine(joined)))
            {
                removed.Add(joined);
                b++;
                continue;
            }

            if (first && subtitle is null && IsSubtitle(block, b + 1 < blocks.Count))
            {
                subtitle = block[0].Text;
                first = false;
                b++;
                continue;
            }

            // A standfirst that ends with a full stop, then the byline: "Headline / The … . / By … / date".
            if (first && subtitle is null && author is null && block.Count == 1 && block[0].Text.Length <= MaxSubtitleLength
                && b + 1 < blocks.Count && BylineParser.Author(blocks[b + 1][0].Text) is not null)
            {
                subtitle = block[0].Text;
                first = false;
                b++;
                continue;
            }

            break;
        }

        var body = ReadBody(blocks, b, filter, removed);
        return new RawArticle(section, title, subtitle, author, date, body.SourceName, body.SourceUrl, body.Blocks, removed);
    }

    private enum HeaderLine : byte
    {
        None,
        Byline,
        Dateline,
        BylineDetail,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static HeaderLine ReadHeaderLine(string line, bool afterByline, ref string? author, ref DateOnly? date)
    {
        if (author is null && BylineParser.Author(line) is { } name && !Lexicon.IsStopWord(name.AsSpan(0, name.IndexOf(' ') is > 0 and var sp ? sp : name.Length)))
        {
            author = name;
            // "By Jane Doe | 14 March 2023" carries the date as well.
            int bar = line.IndexOf('|');
            if (bar > 0 && date is null && DatelineParser.TryParse(line[(bar + 1)..].Trim(), out var inline))
            {
                date = inline;
            }

            return HeaderLine.Byline;
        }

        if (date is null && DatelineParser.TryParse(line, out var parsed))
        {
            date = parsed;
            return HeaderLine.Dateline;
        }

        // "By Jane Smith" then "BBC News" or "Political correspondent" on the next line.
        return afterByline && IsBylineDetail(line) ? HeaderLine.BylineDetail : HeaderLine.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsBylineDetail(string line) =>
        line.Length <= 60 && char.IsUpper(line[0]) && line.Count(static c => c == ' ') < 6
        && !TextUtil.EndsSentence(line) && line.AsSpan().IndexOfAny("\"\u201C:") < 0;

    // A short Title Case line on its own, followed by a one-line headline ("World News", "City & Business").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSectionLabel(List<List<RawLine>> blocks, IReadOnlyList<string> knownSections)
    {
        var first = blocks[0];
        if (first.Count != 1 || blocks.Count < 3)
        {
            return false;
        }

        string label = first[0].Text;
        if (knownSections.Any(s => string.Equals(s?.Trim(), label, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var words = label.Split(' ');
        return label.Length <= MaxSectionLength && words.Length <= MaxSectionWords && blocks[1].Count == 1
            && !TextUtil.EndsSentence(blocks[1][0].Text)
            && words.All(static w => w == "&" || w == "and" || (char.IsUpper(w[0]) && w.All(static c => char.IsLetter(c) || c is '-' or '\'')))
            && BylineParser.Author(label) is null && !DatelineParser.TryParse(label, out _);
    }

    // A one-line standfirst under the headline: it does not end like a sentence or introduce a list.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSubtitle(List<RawLine> block, bool moreFollows)
    {
        if (block.Count != 1 || !moreFollows)
        {
            return false;
        }

        string line = block[0].Text;
        // A question is fine ("Electric cars: How much does it cost to charge at home?"); a full stop ends a paragraph.
        return line.Length <= MaxSubtitleLength && !line.AsSpan().TrimEnd(" \"'\u201D\u2019)]").EndsWith(".") && line[^1] != ':'
            && line[0] is not ('"' or '\u201C' or '\u2018' or '\'') && !IsBullet(line) && line.Contains(' ');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<List<RawLine>> SplitBlocks(string text)
    {
        var blocks = new List<List<RawLine>>();
        List<RawLine>? current = null;
        int number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var raw = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            var trimmed = raw.TrimStart(" \t");
            if (trimmed.IsWhiteSpace())
            {
                current = null;
                continue;
            }

            current ??= NewBlock(blocks);
            current.Add(new RawLine(TextUtil.CollapseSpaces(trimmed.ToString()), number, raw.Length - trimmed.Length));
        }

        return blocks;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<RawLine> NewBlock(List<List<RawLine>> blocks)
    {
        var block = new List<RawLine>();
        blocks.Add(block);
        return block;
    }

    // Hard-wrapped lines become one paragraph; "no-" + "confidence" joins without a space.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string JoinLines(List<RawLine> lines)
    {
        if (lines.Count == 1)
        {
            return lines[0].Text;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length > 0)
            {
                bool hyphenated = builder[^1] == '-' && builder.Length > 1 && char.IsLetter(builder[^2]) && char.IsLower(line.Text[0]);
                if (!hyphenated)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(line.Text);
        }

        return builder.ToString();
    }
}
