using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>Where a piece of article text came from; headlines are read differently from prose.</summary>
internal enum SegmentKind : byte
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>The subheadline.</summary>
    Subtitle,

    /// <summary>A body paragraph.</summary>
    Paragraph,

    /// <summary>An item of a body list.</summary>
    ListItem,
}

/// <summary>A piece of article text with its words, read once and shared by the people, quote and tag rules.</summary>
internal sealed class TextSegment
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public TextSegment(string text, SegmentKind kind)
    {
        Text = text;
        Kind = kind;
        // About one word in six characters of news prose; sized once instead of grown.
        Tokens = new List<Token>(text.Length / 5 + 4);
        Tokenizer.Tokenize(text, Tokens);
    }

    /// <summary>The plain text (not Markdown-escaped).</summary>
    public string Text { get; }

    /// <summary>Where the text came from.</summary>
    public SegmentKind Kind { get; }

    /// <summary>The words of <see cref="Text"/>.</summary>
    public List<Token> Tokens { get; }

    /// <summary>People named in this segment, in text order (filled by the person extractor).</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>True for prose, where capitals and cue words mean what they usually mean.</summary>
    public bool IsProse => Kind is SegmentKind.Paragraph or SegmentKind.ListItem;

    /// <summary>The text between two tokens (or before the first when <paramref name="index"/> is 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> GapBefore(int index) =>
        Text.AsSpan(index == 0 ? 0 : Tokens[index - 1].FullEnd, Tokens[index].Start - (index == 0 ? 0 : Tokens[index - 1].FullEnd));

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (Count when none), by binary search.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int TokenAt(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The word at <paramref name="index"/>, or empty outside the segment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Word(int index) =>
        index >= 0 && index < Tokens.Count ? Tokens[index].In(Text) : [];
}
