using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>
/// Decodes Windows-1252, the encoding most "not UTF-8" news text turns out to be. Only 0x80–0x9F
/// differ from Latin-1, so a 32-entry table is all it takes (no CodePagesEncodingProvider needed).
/// </summary>
internal static class Windows1252
{
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned; like Windows, map them to the C1 control
    // of the same value so decoding never fails (the decoder then treats them as stray controls).
    private static ReadOnlySpan<char> High =>
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>Decodes every byte to exactly one UTF-16 character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                byte b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
            }
        });
    }
}
