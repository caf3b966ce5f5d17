using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>Reads the words around a run of capitalised words for <see cref="NameCues"/> and roles.</summary>
internal static class NameContext
{
    private const int MaxRoleWords = 4;
    private const int MaxAppositiveWords = 7;

    /// <summary>
    /// A role noun just before the run ("retired teacher Maureen Tate") or before a comma that
    /// introduces it ("His barrister, Mary O'Neill,"); <paramref name="role"/> is the role phrase.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool RoleBefore(TextSegment segment, int first, out string? role)
    {
        role = null;
        int noun = first - 1;
        if (noun < 0)
        {
            return false;
        }

        var gap = segment.GapBefore(first);
        if (gap is not " " and not ", ")
        {
            return false;
        }

        var word = segment.Word(noun);
        if (!Lexicon.IsRole(word) || Lexicon.IsRoleModifier(word) || (char.IsUpper(word[0]) && !segment.Tokens[noun].Has(TokenFlags.SentenceStart) && gap is " "))
        {
            return false;
        }

        int from = noun;
        while (from - 1 >= 0 && noun - from + 1 < MaxRoleWords && segment.GapBefore(from) is " " && IsRoleModifier(segment, from - 1))
        {
            from--;
        }

        role = segment.Text[segment.Tokens[from].Start..segment.Tokens[noun].End];
        return true;
    }

    /// <summary>
    /// An apposition after the run that only a person takes: ", who", ", 34,", ", aged 34", or ", a/an/the …"
    /// ending in a role noun within a few words; <paramref name="role"/> is that role phrase when there is one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Appositive(TextSegment segment, int last, out string? role)
    {
        role = null;
        int next = last + 1;
        if (next >= segment.Tokens.Count || segment.GapBefore(next) is not ", ")
        {
            return false;
        }

        var word = segment.Word(next);
        if (word is "who" or "whose" or "aged")
        {
            return true;
        }

        if (segment.Tokens[next].Has(TokenFlags.NotName) && word.Length <= 3 && char.IsAsciiDigit(word[0])
            && next + 1 < segment.Tokens.Count && segment.GapBefore(next + 1).StartsWith(","))
        {
            return true;
        }

        if (word is not ("a" or "an" or "the" or "his" or "her" or "its" or "their"))
        {
            return false;
        }

        for (int k = next + 1; k < segment.Tokens.Count && k - next <= MaxAppositiveWords && segment.GapBefore(k) is " "; k++)
        {
            var candidate = segment.Word(k);
            if (Lexicon.IsRole(candidate) && !Lexicon.IsRoleModifier(candidate) && !Lexicon.IsStopWord(candidate) && char.IsLower(candidate[0]))
            {
                // Only a role noun that ends the phrase counts: "a robotics researcher at …".
                if (k + 1 >= segment.Tokens.Count || segment.GapBefore(k + 1) is not " " || IsPhraseEnd(segment.Word(k + 1)))
                {
                    role = segment.Text[segment.Tokens[next + 1].Start..segment.Tokens[k].End];
                    return true;
                }
            }

            if (IsPhraseEnd(candidate))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>A speech verb after the run, possibly after an adverb ("Fomin also said").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool SpeechAfter(TextSegment segment, int last)
    {
        int k = last + 1;
        if (k < segment.Tokens.Count && segment.GapBefore(k) is " " && IsAdverb(segment.Word(k)))
        {
            k++;
        }

        return k < segment.Tokens.Count && segment.GapBefore(k) is " " && SpeechVerbs.IsSpeechVerb(segment.Word(k));
    }

    /// <summary>Words that may sit between a subject and its verb ("also", "previously", "has").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsAdverb(ReadOnlySpan<char> word) =>
        word is "also" or "then" or "later" or "previously" or "again" or "once" or "has" or "have" or "had" or "was" or "is"
            or "will" or "would" or "had" or "subsequently" or "recently" or "repeatedly" or "had" or "further" or "earlier" or "simply"
        || (word.Length > 4 && word.EndsWith("ly") && char.IsLower(word[0]));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPhraseEnd(ReadOnlySpan<char> word) =>
        word is "at" or "of" or "in" or "for" or "with" or "from" or "who" or "which" or "on" or "to" or "and" or "whose" or "that" or "since" or "until";

    // Words that can lead a role phrase: modifiers and nouns, not verbs, articles or prepositions.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsRoleModifier(TextSegment segment, int index)
    {
        var token = segment.Tokens[index];
        var word = token.In(segment.Text);
        return !token.Has(TokenFlags.NotName) && !token.Has(TokenFlags.Possessive) && !Lexicon.IsStopWord(word)
            && !SpeechVerbs.IsSpeechVerb(word) && !IsAdverb(word) && !IsPhraseEnd(word)
            && word is not ("is" or "are" or "was" or "were" or "be" or "been" or "being" or "by" or "as" or "like" or "than" or "said");
    }
}
