using Gazette.Routing;

namespace Gazette.Tests.Import;

public sealed class SluggerTests
{
    [Theory]
    [InlineData("José Álvarez", "jose-alvarez")]
    [InlineData("Harbour City clinch first women’s league title", "harbour-city-clinch-first-womens-league-title")]
    [InlineData("MAYOR FACES NO-CONFIDENCE VOTE OVER £4M \"SMART CITY\" OVERSPEND", "mayor-faces-no-confidence-vote-over-4m-smart-city-overspend")]
    [InlineData("Straße, Æsir & Łódź: Œuvre", "strasse-aesir-lodz-oeuvre")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("Zoë Brönte’s ‘echo’", "zoe-brontes-echo")]
    [InlineData("日本語", "日本語")]
    [InlineData("!!! ???", "")]
    public void Folds_to_ascii_words(string title, string slug)
    {
        Assert.Equal(slug, Slugger.Slugify(title, 80));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_within_80_characters()
    {
        string title = string.Join(' ', Enumerable.Repeat("parliamentary", 12));
        string slug = Slugger.Slugify(title, 80);

        Assert.True(slug.Length <= 80);
        Assert.Equal(string.Join('-', Enumerable.Repeat("parliamentary", 5)), slug);
    }

    [Fact]
    public void A_single_overlong_word_is_cut_hard()
    {
        Assert.Equal(new string('a', 80), Slugger.Slugify(new string('a', 200), 80));
    }

    [Fact]
    public void The_importer_falls_back_to_the_file_name_for_a_title_without_letters()
    {
        var article = ImportHelper.Import("!!! ???\n\nBody text here.");

        Assert.Equal("test", article.Slug);
    }
}
