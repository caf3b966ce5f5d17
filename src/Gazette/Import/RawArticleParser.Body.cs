using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Gazette.Import;

internal static partial class RawArticleParser
{
    // A line longer than this is a paragraph on its own line, not part of a hard-wrapped one.
    private const int MaxWrappedLineLength = 100;

    // Link titles under "Related Topics" are short.
    private const int MaxLinkLength = 80;

    // Source lines count only near the end of the article, where agencies put them.
    private const int SourceZoneBlocks = 3;

    private sealed record Body(List<BodyBlock> Blocks, string? SourceName, string? SourceUrl);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Body ReadBody(List<List<RawLine>> blocks, int start, BoilerplateFilter filter, List<string> removed)
    {
        var result = new List<BodyBlock>();
        string? sourceName = null, sourceUrl = null;
        bool linkList = false;
        for (int b = start; b < blocks.Count; b++)
        {
            bool inSourceZone = b >= blocks.Count - SourceZoneBlocks;
            var kept = new List<RawLine>();
            foreach (var line in blocks[b])
            {
                string text = line.Text;

                // After "Related Topics" come link titles: short lines that are not sentences.
                linkList = linkList && text.Length <= MaxLinkLength && !TextUtil.EndsSentence(text);
                if (linkList || BoilerplateFilter.IsLinkListHeading(text))
                {
                    removed.Add(text);
                    linkList = true;
                }
                else if (inSourceZone && text.StartsWith("source", StringComparison.OrdinalIgnoreCase) && SourceLine().Match(text) is { Success: true } m)
                {
                    if (LeftoverLink().IsMatch(m.Groups["v"].Value))
                    {
                        removed.Add(text);
                    }
                    else
                    {
                        var url = Url().Match(m.Groups["v"].Value);
                        string name = (url.Success ? m.Groups["v"].Value.Remove(url.Index, url.Length) : m.Groups["v"].Value).Trim(" -|,".ToCharArray());
                        sourceName ??= name.Length > 0 ? name : null;
                        sourceUrl ??= url.Success ? url.Value : null;
                    }
                }
                else if (text.AsSpan().IndexOfAny(UrlStarts) >= 0 && Url().Match(text) is { Success: true } u && u.Length == text.Length
                    && (sourceName is not null || b == blocks.Count - 1))
                {
                    sourceUrl ??= text;
                }
                else if (filter.IsNoiseLine(text))
                {
                    removed.Add(text);
                }
                else
                {
                    kept.Add(line);
                }
            }

            if (kept.Count == 0)
            {
                continue;
            }

            string joined = JoinLines(kept);
            if (filter.IsNoiseParagraph(joined))
            {
                removed.Add(joined);
                continue;
            }

            AddBlocks(kept, result);
        }

        return new Body(result, sourceName, sourceUrl);
    }

    // Splits one block of lines into paragraphs and lists.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddBlocks(List<RawLine> lines, List<BodyBlock> result)
    {
        bool wrapped = lines.Count(static l => !IsBullet(l.Text)) > 1
            && lines.SkipLast(1).Where(static l => !IsBullet(l.Text)).All(static l => l.Text.Length <= MaxWrappedLineLength);
        var paragraph = new List<RawLine>();
        int k = 0;
        while (k < lines.Count)
        {
            if (StartsList(lines, k, paragraph, result) is { } ordered)
            {
                Flush(paragraph, result);
                k = ReadList(lines, k, ordered, wrapped, result);
                continue;
            }

            paragraph.Add(lines[k]);
            if (!wrapped)
            {
                Flush(paragraph, result);
            }

            k++;
        }

        Flush(paragraph, result);
    }

    // Null when line k does not start a list; otherwise whether the list is numbered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool? StartsList(List<RawLine> lines, int k, List<RawLine> paragraph, List<BodyBlock> result)
    {
        string text = lines[k].Text;
        bool next = k + 1 < lines.Count;
        if (char.IsAsciiDigit(text[0]) && Numbered().Match(text) is { Success: true } n && n.Groups["n"].Value == "1"
            && next && Numbered().Match(lines[k + 1].Text) is { Success: true } n2 && n2.Groups["n"].Value == "2")
        {
            return true;
        }

        if (!IsBullet(text))
        {
            return null;
        }

        // One bullet line alone is a list only when the line before introduces it ("including:").
        string? before = paragraph.Count > 0 ? paragraph[^1].Text
            : k == 0 && result.Count > 0 && result[^1] is ParagraphBlock p ? p.Text : null;
        return (next && IsBullet(lines[k + 1].Text)) || (before is not null && before.EndsWith(':')) ? false : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadList(List<RawLine> lines, int k, bool ordered, bool wrapped, List<BodyBlock> result)
    {
        var items = new List<string>();
        int expected = 1;
        for (; k < lines.Count; k++)
        {
            string text = lines[k].Text;
            var marker = ordered ? Numbered().Match(text) : BulletMarker().Match(text);
            if (marker.Success && (!ordered || marker.Groups["n"].Value == expected.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                items.Add(text[marker.Length..]);
                expected++;
            }
            else if (items.Count > 0 && (lines[k].Indent > 0 || (wrapped && items[^1].Length >= 60 && !TextUtil.EndsSentence(items[^1]))))
            {
                items[^1] = items[^1] + " " + text;
            }
            else
            {
                break;
            }
        }

        result.Add(new ListBlock(items, ordered));
        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Flush(List<RawLine> paragraph, List<BodyBlock> result)
    {
        if (paragraph.Count > 0)
        {
            result.Add(new ParagraphBlock(JoinLines(paragraph)));
            paragraph.Clear();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsBullet(string line) => line.Length > 2 && line[0] is '•' or '·' or '▪' or '●' or '◦' or '‣' or '∙' or '*' or '+' or '-' or '–' && BulletMarker().IsMatch(line);

    private static readonly System.Buffers.SearchValues<string> UrlStarts = System.Buffers.SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[•·▪●◦‣∙*+\-–]\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^(?<n>\d{1,3})[.)]\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^source\s*:\s*(?<v>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^(?:read (?:the )?full (?:article|story)|read more|full story|click here|here|link|original article|view (?:the )?original)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeftoverLink();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
