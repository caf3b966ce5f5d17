using System.Text;

namespace Gazette.Output;

/// <summary>
/// Drops the indentation and blank lines templates leave in HTML — a fifth of a typical
/// page's bytes — while leaving <c>&lt;pre&gt;</c> and <c>&lt;textarea&gt;</c> content exactly
/// as it was. Line breaks stay, so text between inline elements keeps its spaces.
/// </summary>
public static class HtmlWhitespace
{
    /// <summary>The HTML with every line outside preformatted blocks trimmed at the start, blank lines removed.</summary>
    public static string TrimIndentation(string html)
    {
        var result = new StringBuilder(html.Length);
        var preformatted = 0;
        var position = 0;
        while (position < html.Length)
        {
            var end = html.IndexOf('\n', position);
            var line = html.AsSpan(position, (end < 0 ? html.Length : end) - position);
            position = end < 0 ? html.Length : end + 1;
            var kept = preformatted > 0 ? line : line.TrimStart(" \t");
            if (preformatted == 0 && kept.IsWhiteSpace())
            {
                continue;
            }

            result.Append(kept);
            if (end >= 0)
            {
                result.Append('\n');
            }

            preformatted = Math.Max(0, preformatted + Count(line, "<pre") + Count(line, "<textarea") - Count(line, "</pre>") - Count(line, "</textarea>"));
        }

        return result.ToString();
    }

    private static int Count(ReadOnlySpan<char> line, string tag)
    {
        var count = 0;
        for (var at = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase))
        {
            count++;
            line = line[(at + tag.Length)..];
        }

        return count;
    }
}
