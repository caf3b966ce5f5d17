using System.Buffers;
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
            var isWordChar = char.IsLetterOrDigit(c) || c == '\'' || c == '’';
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>The words of UTF-8 text, decoded into a pooled buffer rather than a string.</summary>
    public static int CountUtf8(ReadOnlySpan<byte> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return Count(chars.AsSpan(0, Encoding.UTF8.GetChars(text, chars)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
