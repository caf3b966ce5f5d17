using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>
/// Finds quotations and sentence boundaries in a paragraph. Curly quotes pair as written; straight
/// double quotes alternate. A quotation still open at the end of the paragraph has <c>Close == -1</c>
/// (it may run on into the next paragraph). Single quotes are left alone: they are apostrophes,
/// scare quotes or quotes within quotes.
/// </summary>
internal static class QuoteSpans
{
    /// <summary>The quotations of <paramref name="text"/>: offsets of the opening and closing marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<(int Open, int Close)> Find(string text)
    {
        var spans = new List<(int Open, int Close)>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (open < 0 && c is '\u201C' or '"')
            {
                open = i;
            }
            else if (open >= 0 && (c == '\u201D' || (c == '"' && text[open] == '"')))
            {
                spans.Add((open, i));
                open = -1;
            }
        }

        if (open >= 0)
        {
            spans.Add((open, -1));
        }

        return spans;
    }

    /// <summary>
    /// Offsets where sentences start (always including 0): after . ! ? outside quotations, or after a
    /// quotation that itself ends a sentence ("… the latter.” And …").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<int> SentenceStarts(TextSegment segment, List<(int Open, int Close)> quotes)
    {
        var starts = new List<int> { 0 };
        string text = segment.Text;
        int q = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (q < quotes.Count && i == quotes[q].Open)
            {
                if (quotes[q].Close < 0)
                {
                    break;
                }

                i = quotes[q].Close;
                if (i > 0 && text[i - 1] is '.' or '!' or '?' && NextStartsSentence(text, i + 1))
                {
                    starts.Add(i + 1);
                }

                q++;
                continue;
            }

            if (text[i] is '.' or '!' or '?' && NextStartsSentence(text, i + 1) && !IsAbbreviation(segment, i))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NextStartsSentence(string text, int i) =>
        i < text.Length && text[i] == ' ' && i + 1 < text.Length && (char.IsUpper(text[i + 1]) || text[i + 1] is '"' or '\u201C' or '\u2018' || char.IsDigit(text[i + 1]));

    // "Mr. Smith", "George W. Bush".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAbbreviation(TextSegment segment, int dot)
    {
        int k = segment.TokenAt(dot) - 1;
        if (k < 0 || segment.Tokens[k].FullEnd != dot)
        {
            return false;
        }

        var token = segment.Tokens[k];
        var word = token.In(segment.Text);
        return token.Has(TokenFlags.Initial) || TextUtil.IsAbbreviation(word);
    }
}
