namespace Gazette.Content;

/// <summary>The two parts of a Markdown file: YAML between <c>---</c> lines, and the body after.</summary>
/// <param name="Yaml">The YAML text, or null when the file has no front matter.</param>
/// <param name="YamlLineOffset">Added to YAML line numbers to give file line numbers.</param>
/// <param name="Body">The Markdown after the closing <c>---</c>.</param>
/// <param name="BodyLine">The file line the body starts on.</param>
public sealed record FrontMatterParts(string? Yaml, int YamlLineOffset, string Body, int BodyLine);

/// <summary>Splits front matter from the body without parsing either.</summary>
public static class FrontMatterSplitter
{
    /// <summary>
    /// Splits <paramref name="text"/>. Returns null when an opening <c>---</c> has no closing line,
    /// which the caller reports at line 1.
    /// </summary>
    public static FrontMatterParts? Split(string text)
    {
        if (!IsFence(text, 0, out var firstLineEnd))
        {
            return new FrontMatterParts(null, 0, text, 1);
        }

        var line = 2;
        var position = firstLineEnd;
        while (position < text.Length)
        {
            if (IsFence(text, position, out var lineEnd))
            {
                var yaml = text[firstLineEnd..position];
                return new FrontMatterParts(yaml, 1, text[lineEnd..], line + 1);
            }

            position = lineEnd;
            line++;
        }

        return null;
    }

    // A fence is a line holding exactly "---" (trailing spaces allowed); lineEnd is the start of the next line.
    private static bool IsFence(string text, int start, out int lineEnd)
    {
        var newline = text.IndexOf('\n', start);
        lineEnd = newline < 0 ? text.Length : newline + 1;
        var line = text.AsSpan(start, (newline < 0 ? text.Length : newline) - start).TrimEnd("\r \t");
        return line.SequenceEqual("---");
    }
}
