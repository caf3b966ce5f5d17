using System.Runtime.CompilerServices;

namespace Gazette.Routing;

/// <summary>
/// Latin letters with diacritics and ligatures spelled in ASCII ("é" → e, "ß" → ss, "Ł" → l), by
/// table: the tool runs with invariant globalization, where <see cref="string.Normalize()"/> does
/// not decompose, and a table is faster anyway.
/// </summary>
internal static class AsciiFolding
{
    // Latin-1 Supplement U+00C0–U+00FF, then Latin Extended-A U+0100–U+017F; "" marks × and ÷.
    private static readonly string[] Table = Build();

    /// <summary>The ASCII spelling of <paramref name="c"/> in lower case, or null when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Fold(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return AsciiLower[c];
        }

        if (c is >= '\u00C0' and <= '\u017F')
        {
            string folded = Table[c - 0xC0];
            return folded.Length == 0 ? null : folded;
        }

        return c switch
        {
            '\u0218' or '\u0219' => "s",
            '\u021A' or '\u021B' => "t",
            '\u018F' or '\u0259' => "e",
            '\u01A0' or '\u01A1' => "o",
            '\u01AF' or '\u01B0' => "u",
            _ => null,
        };
    }

    private static readonly string[] AsciiLower = [.. Enumerable.Range(0, 128).Select(static i => char.ToLowerInvariant((char)i).ToString())];

    private static string[] Build()
    {
        // Runs of (spelling, count) in code point order.
        (string Letter, int Count)[] runs =
        [
            ("a", 6), ("ae", 1), ("c", 1), ("e", 4), ("i", 4), ("d", 1), ("n", 1), ("o", 5), ("", 1), ("o", 1), ("u", 4), ("y", 1), ("th", 1), ("ss", 1),
            ("a", 6), ("ae", 1), ("c", 1), ("e", 4), ("i", 4), ("d", 1), ("n", 1), ("o", 5), ("", 1), ("o", 1), ("u", 4), ("y", 1), ("th", 1), ("y", 1),
            ("a", 6), ("c", 8), ("d", 4), ("e", 10), ("g", 8), ("h", 4), ("i", 10), ("ij", 2), ("j", 2), ("k", 3), ("l", 10), ("n", 9),
            ("o", 6), ("oe", 2), ("r", 6), ("s", 8), ("t", 6), ("u", 12), ("w", 2), ("y", 3), ("z", 6), ("s", 1),
        ];
        var table = runs.SelectMany(static r => Enumerable.Repeat(r.Letter, r.Count)).ToArray();
        return table.Length == 0x180 - 0xC0 ? table : throw new InvalidOperationException("ASCII folding table has the wrong size");
    }
}
