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
}
