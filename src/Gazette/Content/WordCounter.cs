namespace Gazette.Content;

/// <summary>Counts words in Markdown text for reading time: runs of letters or digits, markup ignored.</summary>
internal static class WordCounter
{
    public static int Count(string text)
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
}
