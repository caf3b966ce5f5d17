using System.Runtime.CompilerServices;
using System.Text;

namespace Gazette.Import;

/// <summary>Small string helpers the import stages share.</summary>
internal static class TextUtil
{
    /// <summary>Trims and turns every run of spaces and tabs into one space (other characters untouched).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(" \"'\u201D\u2019)]");
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '\u2026';
    }

    /// <summary>
    /// A word that is usually followed by a full stop that does not end the sentence ("Mr.", "Sen.",
    /// "St.", "No.", "vs.").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word is "Mr" or "Mrs" or "Ms" or "Dr" or "Prof" or "St" or "Mt" or "Rev" or "Revd" or "Fr" or "Gen" or "Lt" or "Col" or "Sgt"
            or "Capt" or "Gov" or "Sen" or "Rep" or "Cllr" or "Hon" or "Jr" or "Sr" or "Mme" or "Mlle" or "No" or "vs" or "etc";

    /// <summary>"WASHINGTON" → "Washington", "JOHN O'NEILL" → "John O'neill": small letters after the first of each word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string CapitalsToTitleCase(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (int i = 1; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i - 1]))
            {
                chars[i] = char.ToLowerInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
