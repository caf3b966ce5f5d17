using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>
/// Splits prose into words for the people and quote rules, in one pass and without regular
/// expressions: words keep inner apostrophes and hyphens ("O'Neill", "Picard-Dubois"), and each
/// word records whether it opens a sentence and whether it stands inside quotation marks.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="tokens"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        bool inQuote = false;
        bool sentenceStart = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!IsWordChar(c))
            {
                if (c == '"')
                {
                    inQuote = !inQuote;
                }
                else if (c == '\u201C')
                {
                    inQuote = true;
                }
                else if (c == '\u201D')
                {
                    inQuote = false;
                }
                else if (c is '!' or '?' or ':' or ';' || (c == '.' && !IsAbbreviation(text, tokens)))
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            tokens.Add(Classify(text, start, i, sentenceStart, inQuote));
            sentenceStart = false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    // Apostrophes, hyphens and full stops join two word characters ("O'Neill", "Jean-Luc", "U.S").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsInnerJoiner(string text, int i)
    {
        char c = text[i];
        if (c is not ('\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '.'))
        {
            return false;
        }

        bool between = i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
        return between && (c != '.' || (char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])));
    }

    // A full stop after "Mr", "Dr", "St" or an initial does not end the sentence.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAbbreviation(string text, List<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        var last = tokens[^1];
        var word = last.In(text);
        return last.Has(TokenFlags.Initial) || TextUtil.IsAbbreviation(word);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Token Classify(string text, int start, int end, bool sentenceStart, bool inQuote)
    {
        var flags = TokenFlags.None;
        int fullEnd = end;
        var word = text.AsSpan(start, end - start);
        if (word.Length > 2 && (word.EndsWith("'s") || word.EndsWith("\u2019s") || word.EndsWith("'S") || word.EndsWith("\u2019S")))
        {
            end -= 2;
            flags |= TokenFlags.Possessive;
        }
        else if (fullEnd < text.Length && text[fullEnd] is '\'' or '\u2019' && word[^1] is 's' or 'S')
        {
            fullEnd++;
            flags |= TokenFlags.Possessive;
        }

        word = text.AsSpan(start, end - start);
        flags |= Shape(word);
        if (word.Length == 1 && char.IsUpper(word[0]) && end < text.Length && text[end] == '.')
        {
            flags |= TokenFlags.Initial;
        }

        if (sentenceStart)
        {
            flags |= TokenFlags.SentenceStart;
        }

        if (inQuote)
        {
            flags |= TokenFlags.InQuote;
        }

        return new Token(start, end, fullEnd, flags);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TokenFlags Shape(ReadOnlySpan<char> word)
    {
        var flags = TokenFlags.None;
        int letters = 0, upper = 0;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (char.IsDigit(c) || c == '_')
            {
                flags |= TokenFlags.NotName;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    if (k > 0 && char.IsLower(word[k - 1]) && !IsNamePrefix(word[..k]))
                    {
                        flags |= TokenFlags.Camel;
                    }
                }
            }
        }

        // "Stuttgart-based", "Time-lapse": a hyphenated word with a small-letter part is not a name.
        for (int k = 1; k < word.Length; k++)
        {
            if (word[k - 1] == '-' && char.IsLower(word[k]))
            {
                flags |= TokenFlags.NotName;
            }
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        if (char.IsUpper(word[0]) || IsLowerParticleName(word))
        {
            flags |= TokenFlags.Capitalised;
        }

        return flags;
    }

    // "McDonald", "MacArthur", "DiCaprio", "DeSantis", "LaGuardia", "VanDyke" are names, not brands.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNamePrefix(ReadOnlySpan<char> head) =>
        head is "Mc" or "Mac" or "Di" or "De" or "Da" or "La" or "Le" or "Van" or "Fitz" or "Du" or "Del";

    // "d'Estaing", "al-Assad", "el-Sisi", "bin-Laden": a small particle fused to a capitalised name.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLowerParticleName(ReadOnlySpan<char> word)
    {
        int joint = word.IndexOfAny('\'', '\u2019', '-');
        return joint is 1 or 2 or 3 && joint + 1 < word.Length && char.IsUpper(word[joint + 1])
            && word[..joint] is "d" or "l" or "al" or "el" or "ad" or "as" or "bin" or "ibn" or "ben";
    }
}
