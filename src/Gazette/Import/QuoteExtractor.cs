using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>
/// Finds direct quotations attributed to a named person: <c>X said: "…"</c>, <c>"…", X said</c>,
/// <c>"…," said X</c>, a pronoun resolved to the person last spoken of (matching "he"/"she" where
/// the text tells), a further quotation of the same speaker, and a quotation that runs on into the
/// next paragraph. Words of organisations or unnamed speakers (the subject of the verb is not a
/// person) and quotation marks with no verb of saying (scare quotes, terms) give nothing.
/// </summary>
internal sealed partial class QuoteExtractor
{
    private readonly IReadOnlyList<TextSegment> _segments;
    private readonly People _people;
    private readonly List<int> _recent = [];
    private readonly List<ImportedQuote> _quotes = [];

    private QuoteExtractor(IReadOnlyList<TextSegment> segments, People people)
    {
        _segments = segments;
        _people = people;
    }

    /// <summary>The attributed quotations of the prose segments, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<ImportedQuote> Extract(IReadOnlyList<TextSegment> segments, People people)
    {
        var extractor = new QuoteExtractor(segments, people);
        bool continued = false;
        for (int s = 0; s < segments.Count; s++)
        {
            if (segments[s].IsProse)
            {
                continued = extractor.ReadParagraph(s, continued);
            }
        }

        return extractor._quotes;
    }

    // Returns true when the paragraph's last quotation runs on into the next paragraph.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadParagraph(int s, bool firstIsContinued)
    {
        var segment = _segments[s];
        var quotes = QuoteSpans.Find(segment.Text);
        var starts = QuoteSpans.SentenceStarts(segment, quotes);
        int paragraphSpeaker = -1, lastSpeaker = -1, q = 0;
        bool runsOn = false;
        for (int n = 0; n < starts.Count; n++)
        {
            int from = starts[n], to = n + 1 < starts.Count ? starts[n + 1] : segment.Text.Length;
            for (; q < quotes.Count && quotes[q].Open < to; q++)
            {
                if (q == 0 && firstIsContinued)
                {
                    continue;
                }

                var (open, close) = quotes[q];
                int speaker = Trailing(segment, close) ?? LeadIn(segment, from, open) ?? -1;
                bool atSentenceStart = segment.Text.AsSpan(from, open - from).Trim().IsEmpty;
                if (speaker < 0 && atSentenceStart && !HasVerbAfter(segment, close, to))
                {
                    speaker = lastSpeaker >= 0 ? lastSpeaker : paragraphSpeaker;
                }

                string text = Inner(segment.Text, open, close);
                if (close < 0 && s + 1 < _segments.Count && StartsWithQuote(_segments[s + 1].Text))
                {
                    var (more, nextSpeaker) = RunOn(s + 1);
                    text = text + " " + more;
                    speaker = speaker >= 0 ? speaker : nextSpeaker;
                    runsOn = true;
                }

                if (speaker >= 0)
                {
                    _quotes.Add(new ImportedQuote(_people.Names[speaker], Clean(text)));
                    lastSpeaker = paragraphSpeaker = speaker;
                    Promote(speaker);
                }
            }

            if (Subject(segment, from, to) is var subject and >= 0)
            {
                Promote(subject);
                paragraphSpeaker = HasSpeechVerb(segment, from, to) ? subject : paragraphSpeaker;
            }
        }

        return runsOn;
    }

    // The continuation paragraph's first quotation, and who its trailing attribution names.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string Text, int Speaker) RunOn(int s)
    {
        var segment = _segments[s];
        var quotes = QuoteSpans.Find(segment.Text);
        var (open, close) = quotes[0];
        return (Inner(segment.Text, open, close), Trailing(segment, close) ?? -1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsWithQuote(string text) => text.Length > 0 && text[0] is '\u201C' or '"';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Inner(string text, int open, int close) =>
        text[(open + 1)..(close < 0 ? text.Length : close)];

    // Without the outer marks, a comma that only leads into "he said", or surrounding spaces.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Clean(string text) => TextUtil.CollapseSpaces(text.Trim().TrimEnd(',').TrimEnd());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Promote(int person)
    {
        _recent.Remove(person);
        _recent.Add(person);
    }

    // "he" or "she": the person last spoken of whose gender fits, else the person last spoken of.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Resolve(ReadOnlySpan<char> pronoun)
    {
        for (int k = _recent.Count - 1; k >= 0; k--)
        {
            if (Fits(_recent[k], pronoun))
            {
                return _recent[k];
            }
        }

        return _recent.Count > 0 ? _recent[^1] : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Fits(int person, ReadOnlySpan<char> pronoun)
    {
        var gender = _people.Genders[person];
        return gender == Gender.Unknown || gender == (pronoun is "he" or "He" ? Gender.Male : Gender.Female);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPronoun(ReadOnlySpan<char> word) => word is "he" or "she" or "He" or "She";
}
