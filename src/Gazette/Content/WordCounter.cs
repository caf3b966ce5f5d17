using System.Text;

namespace Gazette.Content;

/// <summary>Counts words in Markdown text for reading time: runs of letters or digits, markup ignored.</summary>
internal static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = IsWordChar(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>
    /// <see cref="Count"/> of the text that UTF-8 <paramref name="text"/> decodes to, read from the
    /// bytes: a body is counted once per build, and mostly ASCII.
    /// </summary>
    public static int CountUtf8(ReadOnlySpan<byte> text)
    {
        var count = 0;
        var inWord = false;
        var at = 0;
        while (at < text.Length)
        {
            bool isWordChar;
            if (text[at] < 0x80)
            {
                isWordChar = AsciiWordChars[text[at]];
                at++;
            }
            else
            {
                // A character outside the BMP decodes to two surrogates, neither a letter; an
                // invalid sequence to U+FFFD, not one either.
                Rune.DecodeFromUtf8(text[at..], out var rune, out var consumed);
                isWordChar = rune.IsBmp && IsWordChar((char)rune.Value);
                at += consumed;
            }

            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'' || c == '’';

    private static readonly bool[] AsciiWordChars = [.. Enumerable.Range(0, 128).Select(c => IsWordChar((char)c))];
}
