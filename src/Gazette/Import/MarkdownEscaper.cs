using System.Runtime.CompilerServices;
using System.Text;

namespace Gazette.Import;

/// <summary>
/// Escapes one paragraph or list item of plain text so CommonMark (Markdig) renders it literally,
/// adding as few backslashes as correctness allows:
/// <list type="bullet">
/// <item>always: <c>* ` [ ] &lt; ~</c> (emphasis, code, links and footnotes, autolinks and HTML, strikethrough);</item>
/// <item><c>_</c> unless between two letters or digits (<c>user_account_id</c> cannot open emphasis);</item>
/// <item><c>\</c> only before ASCII punctuation, where it would otherwise escape;</item>
/// <item><c>&amp;</c> only where it would start an entity (<c>&amp;copy;</c>);</item>
/// <item>at the start: <c>#</c> heading, <c>&gt;</c> quote, <c>-</c> / <c>+</c> list or rule, <c>1.</c> / <c>1)</c> ordered list.</item>
/// </list>
/// The text must be a single line (no line breaks) with no leading whitespace.
/// </summary>
internal static class MarkdownEscaper
{
    /// <summary>The Markdown for <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Escape(string text)
    {
        if (text.Length == 0 || (text.AsSpan().IndexOfAny(Special) < 0 && !char.IsAsciiDigit(text[0]) && !StartsBlock(text)))
        {
            // Nothing that Markdown reads as markup: the common case, with no copy.
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        int from = EscapeStart(text, builder);
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (NeedsEscape(text, i))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("*`[]<~_\\&");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NeedsEscape(string text, int i) => text[i] switch
    {
        '*' or '`' or '[' or ']' or '<' or '~' => true,
        '_' => !(i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])),
        '\\' => i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]),
        '&' => StartsEntity(text, i),
        _ => false,
    };

    // Block-level markers only matter at the start of the text; returns how many characters it wrote.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int EscapeStart(string text, StringBuilder builder)
    {
        if (StartsBlock(text))
        {
            builder.Append('\\').Append(text[0]);
            return 1;
        }

        // "1. FC Brückenfeld" or "3) …" would start an ordered list; "1.3 million" would not.
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits is > 0 and <= 9 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t'))
        {
            builder.Append(text, 0, digits).Append('\\').Append(text[digits]);
            return digits + 1;
        }

        return 0;
    }

    // "> quote", "# heading", "- item", "+ item", "---" (a rule); "#hashtag" and "-5C" are plain text.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsBlock(string text)
    {
        char first = text[0];
        bool spaceOrEnd = text.Length == 1 || text[1] is ' ' or '\t';
        return first switch
        {
            '>' => true,
            '+' => spaceOrEnd,
            '-' => spaceOrEnd || (text.Count(static c => c == '-') >= 3 && text.All(static c => c is '-' or ' ' or '\t')),
            '#' => text.AsSpan().TrimStart('#') is var rest && text.Length - rest.Length <= 6 && (rest.IsEmpty || rest[0] is ' ' or '\t'),
            _ => false,
        };
    }

    // "&amp;", "&#169;", "&#xA9;": the only forms CommonMark decodes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsEntity(string text, int i)
    {
        int j = i + 1;
        if (j < text.Length && text[j] == '#')
        {
            j++;
            bool hex = j < text.Length && text[j] is 'x' or 'X';
            j += hex ? 1 : 0;
            int start = j;
            while (j < text.Length && (hex ? char.IsAsciiHexDigit(text[j]) : char.IsAsciiDigit(text[j])))
            {
                j++;
            }

            return j > start && j - start <= (hex ? 6 : 7) && j < text.Length && text[j] == ';';
        }

        int name = j;
        while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        return j > name && j < text.Length && text[j] == ';';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
