using System.Text;
using CsCheck;
using Gazette.Content;

namespace Gazette.Tests.Unit;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("One two  three.", 3)]
    [InlineData("It’s Zürich's 2nd café", 4)]
    [InlineData("**bold**, [a link](https://example.org/x) and `code`", 9)]
    [InlineData("東京 and 𝐀𝐁 x", 3)]
    public void Counts_runs_of_letters_digits_and_apostrophes(string text, int words)
    {
        Assert.Equal(words, WordCounter.Count(text));
        Assert.Equal(words, WordCounter.CountUtf8(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Counting_the_bytes_gives_the_count_of_the_decoded_text()
    {
        // Characters from every class the count distinguishes: ASCII letters, digits, marks and
        // blanks; accented and other BMP letters, the curly apostrophe, BMP punctuation; letters
        // outside the BMP (surrogate pairs, which count as no letter) and emoji.
        string[] pieces = ["a", "Z", "7", " ", "\n", "'", "’", "-", "*", "é", "ß", "東", "—", "“", "𝐀", "🚀", "ǅ", "١"];
        Gen.Int[0, pieces.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => pieces[i]))).Sample(text =>
            Assert.Equal(WordCounter.Count(text), WordCounter.CountUtf8(Encoding.UTF8.GetBytes(text))), iter: 3000);
    }

    [Fact]
    public void Invalid_utf8_counts_as_its_replacement_characters_do()
    {
        byte[] bytes = [(byte)'a', 0xC3, (byte)'b', 0xFF, (byte)'c'];
        Assert.Equal(WordCounter.Count(Encoding.UTF8.GetString(bytes)), WordCounter.CountUtf8(bytes));
    }
}
