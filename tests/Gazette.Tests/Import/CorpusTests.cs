using Gazette.Diagnostics;
using Gazette.Import;

namespace Gazette.Tests.Import;

/// <summary>
/// Every article of ../shared/corpus against its gold.json: front matter fields and body shape
/// exactly, people and quotes by score over the whole corpus, literal rendering, noise removal.
/// </summary>
public sealed class CorpusTests
{
    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Front_matter_fields_match_gold(string name)
    {
        var gold = Corpus.Get(name);
        var article = CorpusScores.Import(gold);

        Assert.Equal(gold.Text("title"), article.Title);
        Assert.Equal(gold.Text("subtitle"), article.Subtitle);
        Assert.Equal(gold.Text("section"), article.Section);
        Assert.Equal(gold.Text("author"), article.Author);
        Assert.Equal(gold.Text("date"), article.Date?.ToString("yyyy-MM-dd"));
        Assert.Equal(gold.Text("source"), article.SourceName);
        Assert.Equal(gold.Text("source_url"), article.SourceUrl);
        Assert.Equal(name, article.SourceFile);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Body_shape_matches_gold(string name)
    {
        var gold = Corpus.Get(name);
        var article = CorpusScores.Import(gold);

        Assert.Equal(gold.Gold.GetProperty("paragraph_count").GetInt32(), article.ParagraphCount);
        Assert.Equal(gold.Text("first_paragraph"), CorpusScores.FirstParagraphText(article));
        var lists = MarkdownRendering.Body(article.Body).QuerySelectorAll("ul, ol")
            .Select(static l => l.Children.Select(static li => li.TextContent).ToList()).ToList();
        var goldLists = gold.Gold.GetProperty("lists").EnumerateArray().Select(static l => l.EnumerateArray().Select(static i => i.GetString()!).ToList()).ToList();
        Assert.Equal(goldLists, lists);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Markup_characters_render_literally(string name)
    {
        var gold = Corpus.Get(name);
        string text = MarkdownRendering.Text(CorpusScores.Import(gold).Body);
        var elements = MarkdownRendering.Body(CorpusScores.Import(gold).Body).QuerySelectorAll("*").Select(static e => e.LocalName).Distinct();

        Assert.All(gold.List("must_render_literally"), literal => Assert.Contains(literal, text));
        Assert.All(elements, element => Assert.Contains(element, new[] { "p", "ul", "ol", "li" }));
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Boilerplate_lines_are_not_in_the_body(string name)
    {
        var gold = Corpus.Get(name);
        var article = CorpusScores.Import(gold);
        string text = MarkdownRendering.Text(article.Body);

        Assert.All(gold.List("boilerplate"), line => Assert.DoesNotContain(line, text));
        Assert.DoesNotContain("Read Full Article", text);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Not_people_are_never_reported(string name)
    {
        var gold = Corpus.Get(name);
        var people = CorpusScores.Import(gold).People;

        Assert.All(gold.List("not_people"), notPerson => Assert.DoesNotContain(notPerson, people));
        Assert.DoesNotContain(gold.Text("author") ?? "\0", people);
    }

    [Fact]
    public void People_and_quotes_score_over_the_whole_corpus()
    {
        var scores = CorpusScores.All();
        var total = CorpusScores.Total(scores);
        TestContext.Current.TestOutputHelper?.WriteLine(CorpusScores.Table(scores));

        Assert.True(total.PeoplePrecision >= 0.95, $"people precision {total.PeoplePrecision:P1}");
        Assert.True(total.PeopleRecall >= 0.95, $"people recall {total.PeopleRecall:P1}");
        Assert.True(total.QuoteAccuracy >= 0.90, $"quote speakers right {total.QuoteAccuracy:P1}");
        Assert.Equal(0, total.NotPeopleReported);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void A_registry_gives_surname_only_people_their_full_names(string name)
    {
        var gold = Corpus.Get(name);
        var people = gold.List("people");

        // The registry a site's people.yml would give: each surname the text uses alone → the full name.
        var registry = gold.List("surname_only").ToDictionary(s => s, s => people.Single(p => p.EndsWith(" " + s, StringComparison.Ordinal)));
        var options = new ImportOptions { ResolvePerson = n => registry.GetValueOrDefault(n) };
        var article = Importer.Import(name, File.ReadAllBytes(gold.Path), options, new DiagnosticBag())!;

        Assert.Equal(people, article.People);
    }
}
