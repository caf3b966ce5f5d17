using System.Buffers;
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
    public static string TrimIndentation(string html) => Encoding.UTF8.GetString(TrimToUtf8(html));

    /// <summary>
    /// <see cref="TrimIndentation"/> encoded as UTF-8 in the same pass: every page goes through
    /// here, and a trimmed string made only to be encoded was two copies of each page too many.
    /// </summary>
    public static byte[] TrimToUtf8(string html) => TrimToUtf8(html.AsSpan());

    /// <inheritdoc cref="TrimToUtf8(string)"/>
    public static byte[] TrimToUtf8(ReadOnlySpan<char> html)
    {
        using var trimmed = TrimToPooledUtf8(html);
        return trimmed.ToArray();
    }

    /// <summary><see cref="TrimToUtf8(string)"/> into a pooled buffer, for bytes written out at once.</summary>
    public static PooledBytes TrimToPooledUtf8(ReadOnlySpan<char> html)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
        var length = 0;
        var preformatted = 0;
        var position = 0;
        while (position < html.Length)
        {
            var next = html[position..].IndexOf('\n');
            var end = next < 0 ? -1 : position + next;
            var line = html.Slice(position, (end < 0 ? html.Length : end) - position);
            position = end < 0 ? html.Length : end + 1;
            var kept = preformatted > 0 ? line : line.TrimStart(" \t");
            if (preformatted == 0 && kept.IsWhiteSpace())
            {
                continue;
            }

            length += Encoding.UTF8.GetBytes(kept, buffer.AsSpan(length));
            if (end >= 0)
            {
                buffer[length++] = (byte)'\n';
            }

            preformatted = Math.Max(0, preformatted + Opened(line));
        }

        return new PooledBytes(buffer, length);
    }

    // Preformatted blocks opened minus closed on one line: "<pre" and "<textarea" count +1,
    // "</pre>" and "</textarea>" −1, in any case. Only a '<' can start one, so only those are looked at.
    private static int Opened(ReadOnlySpan<char> line)
    {
        var opened = 0;
        for (var at = line.IndexOf('<'); at >= 0; at = line.IndexOf('<'))
        {
            var rest = line[at..];
            if (rest.StartsWith("<pre", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<textarea", StringComparison.OrdinalIgnoreCase))
            {
                opened++;
            }
            else if (rest.StartsWith("</pre>", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("</textarea>", StringComparison.OrdinalIgnoreCase))
            {
                opened--;
            }

            line = rest[1..];
        }

        return opened;
    }
}
