using System.Text;
using CsCheck;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;

namespace Gazette.Tests.Unit;

public sealed class FrontMatterTests
{
    [Fact]
    public void Splits_yaml_from_body_with_line_numbers()
    {
        var parts = FrontMatterSplitter.Split("---\ntitle: A\r\n---  \nBody\n")!;
        Assert.Equal("title: A\r\n", parts.Yaml);
        Assert.Equal("Body\n", parts.Body);
        Assert.Equal(4, parts.BodyLine);
    }

    [Fact]
    public void A_file_without_fence_has_no_front_matter_and_an_unclosed_one_is_null()
    {
        Assert.Null(FrontMatterSplitter.Split("Just text\n")!.Yaml);
        Assert.Null(FrontMatterSplitter.Split("---\ntitle: A\n"));
    }

    [Fact]
    public void Reads_every_key_and_keeps_unknown_ones_as_params()
    {
        var bag = new DiagnosticBag();
        var article = ArticleReader.Read("a.md", """
            ---
            title: "Hello: world"
            date: 2022-03-30T09:41:00+02:00
            subtitle: Sub
            section: World
            summary: Short.
            tags: [A, B]
            people: [Ann Lee]
            author: Me
            source: https://example.org/story
            draft: false
            quotes:
              - {person: Ann Lee, text: Hi}
            mood: sunny
            extra: {a: [1, 2]}
            ---
            Body
            """, new SiteConfig(), bag)!;
        Assert.Empty(bag.Sorted());
        Assert.Equal("Hello: world", article.Title);
        Assert.Equal(new DateTimeOffset(2022, 3, 30, 7, 41, 0, TimeSpan.Zero), article.Date.ToUniversalTime());
        Assert.Equal("a", article.Slug);
        Assert.Equal(["A", "B"], article.Terms["tags"].Select(t => t.Name));
        Assert.Equal(new SourceSpan("a.md", 7, 8), article.Terms["tags"][0].Span);
        Assert.Equal(new ArticleSource(null, "https://example.org/story"), article.Source);
        Assert.Equal("Ann Lee", article.Quotes[0].Person);
        Assert.Equal("sunny", article.Params["mood"]);
        Assert.Equal(17, article.BodyLine);
    }

    [Theory]
    [InlineData("2022-03-30", "2022-03-30T00:00:00+00:00")]
    [InlineData("2022-03-30T09:41:00Z", "2022-03-30T09:41:00+00:00")]
    [InlineData("2022-03-30 09:41", "2022-03-30T09:41:00+00:00")]
    public void Dates_parse_culture_invariantly(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ArticleReader.ParseDate(text));

    [Theory]
    [InlineData("30/03/2022")]
    [InlineData("2022-02-30")]
    [InlineData("yesterday")]
    public void Bad_dates_are_rejected(string text) => Assert.Null(ArticleReader.ParseDate(text));

    // Pieces of article files: fences with and without trailing blanks, YAML, Markdown, text in
    // several scripts, blank lines; joined at random, with or without a byte order mark.
    private static readonly string[] FilePieces =
    [
        "---\n", "---  \n", "--- \t\n", "----\n", " ---\n", "---", "title: Été à Zürich\n", "date: 2024-01-02\n",
        "tags: [a, b]\n", "\n", "Body text.\n", "Ünïcödé — “quoted” 東京 🚀\n", "- item\n", "a---b\n", "x", "  indented\n",
    ];

    [Fact]
    public void Splitting_the_file_bytes_gives_what_splitting_the_decoded_text_gives()
    {
        var files = Gen.Int[0, FilePieces.Length - 1].Array[0, 24].Select(Gen.Bool, (ix, bom) => (Text: string.Concat(ix.Select(i => FilePieces[i])), Bom: bom));
        var split = 0;
        files.Sample(file =>
        {
            var bytes = (file.Bom ? "\uFEFF"u8.ToArray() : []).Concat(Encoding.UTF8.GetBytes(file.Text)).ToArray();
            var written = TextDecoder.AsWritten(bytes);
            Assert.NotNull(written);
            Assert.Equal(file.Text, Encoding.UTF8.GetString(written.Value.Span));
            var expected = FrontMatterSplitter.Split(file.Text);
            var actual = FrontMatterSplitter.SplitUtf8(written.Value);
            if (expected?.Yaml is null)
            {
                // No front matter, or an unclosed one: left to the text path, which reports it.
                Assert.Null(actual);
                return;
            }

            split++;
            Assert.NotNull(actual);
            Assert.Equal(expected.Yaml, actual.Yaml);
            Assert.Equal(expected.YamlLineOffset, actual.YamlLineOffset);
            Assert.Equal(expected.BodyLine, actual.BodyLine);
            Assert.Equal(expected.Body, Encoding.UTF8.GetString(actual.Utf8Body.Span));
        }, iter: 3000);
        Assert.True(split > 300, $"only {split} of the random files had front matter");
    }

    [Theory]
    [InlineData("---\r\ntitle: A\r\n---\r\nBody\r\n")]
    [InlineData("---\ntitle: A\n---\nBody\0\n")]
    public void Text_the_decoder_would_change_is_not_taken_as_written(string text) =>
        Assert.Null(TextDecoder.AsWritten(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Invalid_utf8_is_not_taken_as_written() =>
        Assert.Null(TextDecoder.AsWritten([.. "---\ntitle: A\n---\n"u8, 0xC3, 0x28]));

    [Fact]
    public void An_article_read_from_its_bytes_equals_one_read_from_its_text()
    {
        var text = "---\ntitle: Café\ndate: 2024-05-01\ntags: [x]\n---\n\nIt’s 5 o’clock — “time” for 東京.\n\n```\ncode\n```\n";
        var fromText = ArticleReader.Read("a.md", text, new SiteConfig(), new DiagnosticBag())!;
        var fromBytes = ArticleReader.Read("a.md", FrontMatterSplitter.SplitUtf8(Encoding.UTF8.GetBytes(text))!, new SiteConfig(), new DiagnosticBag())!;
        Assert.False(fromBytes.Utf8Body.IsEmpty);
        Assert.Equal(fromText.Body, fromBytes.Body);
        Assert.Equal(fromText.WordCount, fromBytes.WordCount);
        Assert.Equal(6, fromBytes.BodyLine);
        Assert.Equal(fromText.BodyLine, fromBytes.BodyLine);
        Assert.Equal(fromText.Title, fromBytes.Title);
        Assert.Equal(fromText.Terms["tags"][0], fromBytes.Terms["tags"][0]);
    }
}
