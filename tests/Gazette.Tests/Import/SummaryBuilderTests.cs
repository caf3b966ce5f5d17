using Gazette.Import;

namespace Gazette.Tests.Import;

public sealed class SummaryBuilderTests
{
    [Fact]
    public void A_short_paragraph_is_the_summary()
    {
        Assert.Equal("A short first paragraph.", SummaryBuilder.Summarize("A short first paragraph."));
    }

    [Fact]
    public void A_long_paragraph_is_cut_at_the_last_sentence_end_within_200_characters()
    {
        string first = "The council met on Monday. Mr. Smith said the budget was fine.";
        string second = " The second sentence is long enough " + new string('x', 150) + ".";

        Assert.Equal(first, SummaryBuilder.Summarize(first + second));
    }

    [Fact]
    public void A_closing_quotation_mark_stays_with_its_sentence()
    {
        string text = "He said: “We are fine.” Y" + new string('y', 250);

        Assert.Equal("He said: “We are fine.”", SummaryBuilder.Summarize(text));
    }

    [Fact]
    public void Decimals_and_initials_are_not_sentence_ends()
    {
        string text = "Output rose 1.5 per cent, George W. Bush said " + string.Join(' ', Enumerable.Repeat("and then", 40)) + ".";
        string summary = SummaryBuilder.Summarize(text);

        Assert.EndsWith("\u2026", summary);
        Assert.True(summary.Length <= 200);
        Assert.StartsWith("Output rose 1.5 per cent, George W. Bush said and then", summary);
    }

    [Fact]
    public void The_importer_summarises_the_first_paragraph()
    {
        var article = ImportHelper.Article("First. Z" + new string('z', 300), "Second paragraph.");

        Assert.Equal("First.", article.Summary);
    }
}
