namespace Gazette.Import;

/// <summary>What the tokenizer noticed about a word.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,

    /// <summary>Starts with a capital letter (or is "d'Estaing", "al-Assad").</summary>
    Capitalised = 1,

    /// <summary>Two or more letters, all capitals ("US", "BBC").</summary>
    AllCaps = 2,

    /// <summary>Contains a digit or an underscore: never part of a name.</summary>
    NotName = 4,

    /// <summary>A capital after a small letter inside the word ("ParkPal"): a brand, not a name.</summary>
    Camel = 8,

    /// <summary>Ends in 's or s' (already cut from <see cref="Token.End"/>).</summary>
    Possessive = 16,

    /// <summary>First word of a sentence or clause, so its capital says nothing.</summary>
    SentenceStart = 32,

    /// <summary>Inside quotation marks.</summary>
    InQuote = 64,

    /// <summary>A single capital followed by a full stop ("W." in "George W. Bush").</summary>
    Initial = 128,
}

/// <summary>One word of a text: where it is and what it looks like.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character, without a possessive ending.</param>
/// <param name="FullEnd">Offset after the last character, including a possessive ending.</param>
/// <param name="Flags">What the word looks like.</param>
internal readonly record struct Token(int Start, int End, int FullEnd, TokenFlags Flags)
{
    /// <summary>True when every flag in <paramref name="flags"/> is set.</summary>
    public bool Has(TokenFlags flags) => (Flags & flags) == flags;

    /// <summary>The word in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
