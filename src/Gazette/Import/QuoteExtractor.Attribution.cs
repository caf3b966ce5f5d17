using System.Runtime.CompilerServices;

namespace Gazette.Import;

internal sealed partial class QuoteExtractor
{
    private const int MaxParentheticals = 3;
    private const int MaxTitleWords = 7;

    // After the closing mark: ", Ms Pryce said", ", he said", ", said Felix Brandauer". Null when
    // nothing of the kind follows; -1 when a verb of saying follows with someone else ("the company said").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? Trailing(TextSegment segment, int close)
    {
        if (close < 0)
        {
            return null;
        }

        int t = FirstTokenAfter(segment, close + 1);
        if (t < 0 || segment.Text.AsSpan(close + 1, segment.Tokens[t].Start - close - 1).ContainsAny('.', ':', ';'))
        {
            return null;
        }

        // "Ms Pryce said", "Bank of England Governor Andrew Bailey told …": the mention starts after the title.
        for (int k = t; k < segment.Tokens.Count && k <= t + MaxTitleWords; k++)
        {
            if (MentionStartingAt(segment, k) is { } mention)
            {
                return VerbAfter(segment, mention.LastToken) ? mention.Person : null;
            }

            if (!NameRun.IsRunWord(segment.Tokens[k]) && segment.Word(k) is not ("of" or "for"))
            {
                break;
            }
        }

        if (IsPronoun(segment.Word(t)) && VerbAfter(segment, t))
        {
            return Resolve(segment.Word(t));
        }

        if (SpeechVerbs.IsSpeechVerb(segment.Word(t)))
        {
            for (int k = t + 1; k < segment.Tokens.Count && k <= t + 4 && segment.GapBefore(k) is " "; k++)
            {
                if (MentionStartingAt(segment, k) is { } after)
                {
                    return after.Person;
                }
            }
        }

        return null;
    }

    // Before the opening mark, in the same sentence: the subject of the last verb of saying.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? LeadIn(TextSegment segment, int from, int open)
    {
        int verb = -1;
        for (int k = segment.TokenAt(from); k < segment.Tokens.Count && segment.Tokens[k].Start < open; k++)
        {
            var token = segment.Tokens[k];
            if (!token.Has(TokenFlags.InQuote) && SpeechVerbs.IsSpeechVerb(token.In(segment.Text)))
            {
                verb = k;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        // "“We will win,” said Smith, “and we will win well.”": the verb follows a quotation, its speaker after it.
        if (segment.GapBefore(verb).IndexOfAny("\"\u201D") >= 0 && Trailing(segment, segment.Tokens[verb].Start - 1) is { } after and >= 0)
        {
            return after;
        }

        int k2 = verb - 1;
        while (k2 >= 0 && segment.Tokens[k2].Start >= from && NameContext.IsAdverb(segment.Word(k2)))
        {
            k2--;
        }

        if (k2 < 0 || segment.Tokens[k2].Start < from)
        {
            return -1;
        }

        if (MentionEndingAt(segment, k2) is { Possessive: false } mention)
        {
            return mention.Person;
        }

        var word = segment.Word(k2);
        if (IsPronoun(word))
        {
            // "Álvarez said he hoped …": a pronoun after a named subject in the same sentence is that subject.
            int subject = Subject(segment, from, segment.Tokens[k2].Start);
            return subject >= 0 && Fits(subject, word) ? subject : Resolve(word);
        }

        // "Priya Raman, who covers the region for the bank, said": look past the apposition.
        if (segment.GapBefore(k2 + 1).Contains(','))
        {
            int k = k2;
            for (int found = 0; found < MaxParentheticals && k > 0; k--)
            {
                if (segment.Tokens[k].Start < from)
                {
                    break;
                }

                if (segment.GapBefore(k).Contains(','))
                {
                    found++;
                    if (MentionEndingAt(segment, k - 1) is { Possessive: false } named)
                    {
                        return named.Person;
                    }
                }
            }
        }

        // "… thanked the jurors and told Mr Álvarez …", "…, adding: …": the sentence's subject speaks.
        if (word is "and" or "but" or "then" or "or" or "yet" || SpeechVerbs.IsParticiple(segment.Word(verb)))
        {
            return Subject(segment, from, segment.Tokens[verb].Start);
        }

        return -1;
    }

    // The first person named outside quotations in [from, to), or a leading "he"/"she".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Subject(TextSegment segment, int from, int to)
    {
        for (int k = segment.TokenAt(from); k < segment.Tokens.Count; k++)
        {
            var token = segment.Tokens[k];
            if (token.Has(TokenFlags.InQuote))
            {
                continue;
            }

            if (token.Start >= to)
            {
                break;
            }

            if (MentionStartingAt(segment, k) is { } mention)
            {
                if (!mention.Possessive)
                {
                    return mention.Person;
                }

                k = mention.LastToken;
                continue;
            }

            if (IsPronoun(token.In(segment.Text)))
            {
                return Resolve(token.In(segment.Text));
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasSpeechVerb(TextSegment segment, int from, int to)
    {
        for (int k = segment.TokenAt(from); k < segment.Tokens.Count && segment.Tokens[k].Start < to; k++)
        {
            if (!segment.Tokens[k].Has(TokenFlags.InQuote) && SpeechVerbs.IsSpeechVerb(segment.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "“…,” the company said." A verb of saying right after the quotation names its speaker, person or not.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasVerbAfter(TextSegment segment, int close, int to)
    {
        int t = close < 0 ? -1 : FirstTokenAfter(segment, close + 1);
        for (int k = t; k >= 0 && k < segment.Tokens.Count && k <= t + 3 && segment.Tokens[k].Start < to; k++)
        {
            if (SpeechVerbs.IsSpeechVerb(segment.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool VerbAfter(TextSegment segment, int last)
    {
        int k = last + 1;
        if (k < segment.Tokens.Count && segment.GapBefore(k) is " " && NameContext.IsAdverb(segment.Word(k)))
        {
            k++;
        }

        return k < segment.Tokens.Count && segment.GapBefore(k) is " " && SpeechVerbs.IsSpeechVerb(segment.Word(k));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FirstTokenAfter(TextSegment segment, int offset) =>
        segment.TokenAt(offset) is var k && k < segment.Tokens.Count ? k : -1;

    // Mentions are sorted by position and never overlap, so a binary search finds the one at a token.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Mention? MentionStartingAt(TextSegment segment, int token) =>
        MentionCovering(segment, token) is { } m && m.FirstToken == token ? m : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Mention? MentionEndingAt(TextSegment segment, int token) =>
        MentionCovering(segment, token) is { } m && m.LastToken == token ? m : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Mention? MentionCovering(TextSegment segment, int token)
    {
        var mentions = segment.Mentions;
        int low = 0, high = mentions.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            if (mentions[mid].LastToken < token)
            {
                low = mid + 1;
            }
            else if (mentions[mid].FirstToken > token)
            {
                high = mid - 1;
            }
            else
            {
                return mentions[mid];
            }
        }

        return null;
    }
}
