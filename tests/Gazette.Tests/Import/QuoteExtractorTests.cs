namespace Gazette.Tests.Import;

/// <summary>Quote rules on sentences written for these tests (none taken from the corpus).</summary>
public sealed class QuoteExtractorTests
{
    [Fact]
    public void Said_colon_before_the_quote()
    {
        var article = ImportHelper.Article("Coach Hannah Bergstrom said: \"We will be back next season.\"");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(("Hannah Bergstrom", "We will be back next season."), (quote.Person, quote.Text));
    }

    [Fact]
    public void Attribution_after_the_quote_drops_the_leading_comma()
    {
        var article = ImportHelper.Article(
            "Farmer Idris Mahlangu watched the river rise.",
            "“It has never been this high,” Mr Mahlangu said. “Never.”",
            "“We need sandbags”, said Nomsa Dube, a volunteer.");

        Assert.Equal(
            [("Idris Mahlangu", "It has never been this high"), ("Idris Mahlangu", "Never."), ("Nomsa Dube", "We need sandbags")],
            article.Quotes.Select(static q => (q.Person, q.Text)));
    }

    [Fact]
    public void A_quote_interrupted_by_its_attribution_gives_two_quotes()
    {
        var article = ImportHelper.Article("“We will win,” said striker Ola Brennan, “and we will win well.”");

        Assert.Equal(
            [("Ola Brennan", "We will win"), ("Ola Brennan", "and we will win well.")],
            article.Quotes.Select(static q => (q.Person, q.Text)));
    }

    [Fact]
    public void Pronouns_resolve_to_the_person_last_spoken_of_with_a_fitting_gender()
    {
        var article = ImportHelper.Article(
            "Mr Arjun Mehta, the harbour master, met Mrs Clara Fenwick on the quay.",
            "She said the ferry would run. He added: \"Only if the wind drops.\"");

        Assert.Equal(
            [("Arjun Mehta", "Only if the wind drops.")],
            article.Quotes.Select(static q => (q.Person, q.Text)));
    }

    [Fact]
    public void A_quote_running_on_into_the_next_paragraph_is_one_quote()
    {
        var article = ImportHelper.Article(
            "Professor Lars Eklund said: “The data are clear.",
            "“We must act now.”");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(("Lars Eklund", "The data are clear. We must act now."), (quote.Person, quote.Text));
    }

    [Fact]
    public void Scare_quotes_and_organisations_give_no_quotes()
    {
        var article = ImportHelper.Article(
            "Engineer Ruth Abara inspected the so-called \"smart bridge\" on Tuesday.",
            "The ministry said the repairs were \"on schedule\". A spokesperson called the delays \"regrettable\".",
            "The jury described the defence as \"thin\".");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Partial_quotes_after_a_verb_of_saying_belong_to_its_subject()
    {
        var article = ImportHelper.Article(
            "Judge Miriam Castellano thanked the jury and told Mr Dunmore he was “free to leave”.",
            "Dunmore's lawyer, Callum Reid, called the case “a farce”, adding: “We will appeal.”");

        Assert.Equal(
            [("Miriam Castellano", "free to leave"), ("Callum Reid", "a farce"), ("Callum Reid", "We will appeal.")],
            article.Quotes.Select(static q => (q.Person, q.Text)));
    }
}
