using System.Text;

namespace Gazette.Import;

/// <summary>Small string helpers the import stages share.</summary>
internal static class TextUtil
{
    /// <summary>Trims and turns every run of spaces and tabs into one space (other characters untouched).</summary>
    public static string CollapseSpaces(string text)
    {
        var span = text.AsSpan().Trim(" \t");
        if (span.IndexOf("  ") < 0 && span.IndexOf('\t') < 0)
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        var builder = new StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (c is ' ' or '\t')
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True when the text ends a sentence: . ! ? or … possibly inside closing quotes or brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(" \"'\u201D\u2019)]");
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '\u2026';
    }
}
