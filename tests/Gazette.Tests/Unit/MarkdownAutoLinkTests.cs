using CsCheck;
using Gazette.Configuration;
using Gazette.Markdown;
using Markdig.Extensions.AutoLinks;

namespace Gazette.Tests.Unit;

/// <summary>
/// Markdown is parsed without the autolink parser where it cannot match (AutoLinkSkipping):
/// the HTML must be exactly what the full pipeline gives, bare URLs linked as before.
/// </summary>
public sealed class MarkdownAutoLinkTests
{
    public static TheoryData<string> Texts() =>
    [
        "Plain news copy, with no link at all.",
        "See http://example.com for more.",
        "Mail mailto:desk@example.com or call tel:+441234 today.",
        "Visit www.example.org, or ftp://files.example.org/a.",
        "In brackets (https://example.com/a?b=1) and *https://example.com/em*.",
        "A [link with www.example.com in its text](https://example.com/x) and https://example.com after it.",
        "Only [a link](https://example.com/steel/83054) here.",
        "Code `http://example.com` and an escaped \\http://example.com.",
        "Entity &#104;ttp://example.com and &amp; www.example.com",
        "> http://quoted.example.com\n>www.quoted.example.com",
        "| a | b |\n|---|---|\n| http://cell.example.com | www.x.com |",
        "# A heading http://example.com\n\nText.",
        "The hotel: fine, and thehttp://x.com, wwwexample.com, http:// alone, https:// alone.",
        "Footnote[^1].\n\n[^1]: See www.example.com.",
        "- item http://a.com\n- item two\n\n1. www.b.com",
        "    indented code http://x.com\n\nAfter.",
        "Words ending in h\nhttp://next-line.example.com",
        "\"Quoted\" -- www.example.com... and 'http://example.com'",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Html_is_what_the_full_pipeline_gives(string markdown)
    {
        foreach (var smart in new[] { false, true })
        {
            var config = new MarkdownConfig { SmartPunctuation = smart };
            Assert.Equal(Full(markdown, config), new MarkdownConverter(config).ToHtml(markdown));
        }
    }

    [Fact]
    public void A_bare_url_is_still_linked_and_a_link_destination_needs_no_second_parse()
    {
        var converter = new MarkdownConverter(new MarkdownConfig());
        Assert.Contains("<a href=\"http://example.com\">http://example.com</a>", converter.ToHtml("See http://example.com now."));
        Assert.Contains("<a href=\"http://www.example.org\">www.example.org</a>", converter.ToHtml("See www.example.org now."));

        var skipping = Skipping(new MarkdownConfig());
        Assert.True(skipping.NeedsAutoLinks("See http://example.com now."));
        Assert.False(skipping.NeedsAutoLinks("Only [a link](https://example.com/steel/83054) here."));
        Assert.False(skipping.NeedsAutoLinks("Code `http://example.com` only."));
    }

    [Fact]
    public void Every_letter_the_autolink_parser_opens_on_begins_one_of_the_starts_checked()
    {
        var opening = new AutoLinkParser(new AutoLinkOptions()).OpeningCharacters!.Order().ToArray();
        Assert.Equal(opening, AutoLinkSkipping.Starts.Select(s => s[0]).Distinct().Order().ToArray());
    }

    [Fact]
    public void Any_text_built_from_markdown_pieces_renders_as_the_full_pipeline_renders_it()
    {
        string[] pieces =
        [
            "word", "the", "hotel", " ", " ", "\n", "\n\n", "    ", "\t", "http://a.com", "https://b.org/p?q=1", "www.c.net",
            "ftp://d.io", "mailto:e@f.gh", "mailto:x", "tel:+12", "http://", "www", ".", "hotel:", "(", ")", "[", "]", "](", "*",
            "_", "~", "~~", "`", "&#104;", "&amp;", "\\", "> ", "- ", "1. ", "# ", "|", "---", "[^1]", "[^1]: ", "<", ">", "\"",
            "'", "...", "--", ":", "@", "/", "a.b", "![", "h", "t", "w", "m", "f",
        ];
        var text = Gen.Int[0, pieces.Length - 1].Array[1, 40].Select(ix => string.Concat(ix.Select(i => pieces[i])));
        var plain = new MarkdownConfig();
        var smart = new MarkdownConfig { SmartPunctuation = true };
        var converters = new[] { (plain, new MarkdownConverter(plain)), (smart, new MarkdownConverter(smart)) };
        var skipping = Skipping(plain);
        int skipped = 0, reparsed = 0;
        text.Sample(markdown =>
        {
            _ = skipping.NeedsAutoLinks(markdown) ? reparsed++ : skipped++;
            foreach (var (config, converter) in converters)
            {
                var expected = Full(markdown, config);
                var actual = converter.ToHtml(markdown);
                Assert.True(expected == actual, $"{markdown}\n--- full pipeline:\n{expected}--- skipping autolinks:\n{actual}");
            }
        }, iter: 3000, threads: 1);
        Assert.True(skipped > 300 && reparsed > 300, $"{skipped} texts parsed once, {reparsed} twice: both ways must be tested");
    }

    private static string Full(string markdown, MarkdownConfig config) =>
        Markdig.Markdown.ToHtml(markdown, MarkdownConverter.Pipeline(config, autoLinks: true));

    private static AutoLinkSkipping Skipping(MarkdownConfig config) =>
        new(MarkdownConverter.Pipeline(config, autoLinks: true), MarkdownConverter.Pipeline(config, autoLinks: false));
}
