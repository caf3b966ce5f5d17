using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>Makes the summary: the first paragraph, cut at the last sentence end within the limit.</summary>
internal static class SummaryBuilder
{
    /// <summary>The longest summary, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// The paragraph itself when short enough; otherwise its sentences up to the limit; failing
    /// that (a first sentence longer than the limit), its words up to the limit followed by "…".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Summarize(string paragraph, int maxLength = MaxLength)
    {
        if (paragraph.Length <= maxLength)
        {
            return paragraph;
        }

        int end = LastSentenceEnd(paragraph, maxLength);
        if (end > 0)
        {
            return paragraph[..end];
        }

        int space = paragraph.LastIndexOf(' ', maxLength - 1);
        return (space > 0 ? paragraph[..space] : paragraph[..(maxLength - 1)]).TrimEnd(' ', ',', ';', ':', '-', '\u2014') + "\u2026";
    }

    // The end (exclusive, after any closing quotes) of the last sentence that fits in maxLength.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LastSentenceEnd(string text, int maxLength)
    {
        int best = 0;
        for (int i = 0; i < maxLength && i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '\u2026'))
            {
                continue;
            }

            int j = i + 1;
            while (j < text.Length && text[j] is '"' or '\u201D' or '\u2019' or '\'' or ')')
            {
                j++;
            }

            bool followedByNewSentence = j + 1 < text.Length && text[j] == ' ' && (char.IsUpper(text[j + 1]) || char.IsDigit(text[j + 1]) || text[j + 1] is '"' or '\u201C' or '\u2018');
            if (j <= maxLength && followedByNewSentence && !IsAbbreviation(text, i))
            {
                best = j;
            }
        }

        return best;
    }

    // "Mr. Smith", "J. Smith": a full stop that does not end a sentence.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        int start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        return (word.Length == 1 && char.IsUpper(word[0])) || TextUtil.IsAbbreviation(word);
    }
}
