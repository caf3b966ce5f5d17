using System.Text;

namespace Gazette.Content;

/// <summary>The two parts of a Markdown file: YAML between <c>---</c> lines, and the body after.</summary>
/// <param name="Yaml">The YAML text, or null when the file has no front matter.</param>
/// <param name="YamlLineOffset">Added to YAML line numbers to give file line numbers.</param>
/// <param name="Body">The Markdown after the closing <c>---</c>; null when it is given as <see cref="Utf8Body"/>.</param>
/// <param name="BodyLine">The file line the body starts on.</param>
public sealed record FrontMatterParts(string? Yaml, int YamlLineOffset, string? Body, int BodyLine)
{
    /// <summary>The body as the file's own UTF-8 bytes, when split by <see cref="FrontMatterSplitter.SplitUtf8"/>.</summary>
    public ReadOnlyMemory<byte> Utf8Body { get; init; }
}

/// <summary>Splits front matter from the body without parsing either.</summary>
public static class FrontMatterSplitter
{
    /// <summary>
    /// Splits <paramref name="text"/>. Returns null when an opening <c>---</c> has no closing line,
    /// which the caller reports at line 1.
    /// </summary>
    public static FrontMatterParts? Split(string text)
    {
        var found = Find(text.AsSpan(), '\n', "\r \t", "---");
        return !found.Opened ? new FrontMatterParts(null, 0, text, 1)
            : !found.Closed ? null
            : new FrontMatterParts(text[found.YamlStart..found.YamlEnd], 1, text[found.BodyStart..], found.BodyLine);
    }

    /// <summary>
    /// Splits UTF-8 text that needs no decoding fix-ups (see <see cref="TextDecoder.AsWritten"/>):
    /// the YAML is decoded, the body is left as the file's bytes. Null when the text has no
    /// front matter or an unclosed one: <see cref="Split"/> tells which.
    /// </summary>
    /// <remarks>
    /// Every byte the split looks for is ASCII, which never occurs inside a multi-byte UTF-8
    /// sequence, so it finds the same lines as <see cref="Split"/> on the decoded text.
    /// </remarks>
    public static FrontMatterParts? SplitUtf8(ReadOnlyMemory<byte> text)
    {
        var found = Find(text.Span, (byte)'\n', "\r \t"u8, "---"u8);
        return found.Opened && found.Closed
            ? new FrontMatterParts(Encoding.UTF8.GetString(text.Span[found.YamlStart..found.YamlEnd]), 1, null, found.BodyLine) { Utf8Body = text[found.BodyStart..] }
            : null;
    }

    private readonly record struct Fences(bool Opened, bool Closed, int YamlStart, int YamlEnd, int BodyStart, int BodyLine);

    private static Fences Find<T>(ReadOnlySpan<T> text, T newline, ReadOnlySpan<T> trailing, ReadOnlySpan<T> fence)
        where T : IEquatable<T>
    {
        if (!IsFence(text, 0, newline, trailing, fence, out var firstLineEnd))
        {
            return default;
        }

        var line = 2;
        var position = firstLineEnd;
        while (position < text.Length)
        {
            if (IsFence(text, position, newline, trailing, fence, out var lineEnd))
            {
                return new Fences(true, true, firstLineEnd, position, lineEnd, line + 1);
            }

            position = lineEnd;
            line++;
        }

        return new Fences(true, false, 0, 0, 0, 0);
    }

    // A fence is a line holding exactly "---" (trailing spaces allowed); lineEnd is the start of the next line.
    private static bool IsFence<T>(ReadOnlySpan<T> text, int start, T newline, ReadOnlySpan<T> trailing, ReadOnlySpan<T> fence, out int lineEnd)
        where T : IEquatable<T>
    {
        var newlineAt = text[start..].IndexOf(newline);
        var end = newlineAt < 0 ? text.Length : start + newlineAt;
        lineEnd = newlineAt < 0 ? text.Length : end + 1;
        return text[start..end].TrimEnd(trailing).SequenceEqual(fence);
    }
}
