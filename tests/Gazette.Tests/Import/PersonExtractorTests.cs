namespace Gazette.Tests.Import;

/// <summary>People rules on sentences written for these tests (none taken from the corpus).</summary>
public sealed class PersonExtractorTests
{
    [Fact]
    public void Names_with_particles_hyphens_and_apostrophes_stay_whole()
    {
        var article = ImportHelper.Article(
            "European Commission President Ursula von der Leyen met the fishing minister in Brussels.",
            "Harbourmaster Anne-Marie Trevelyan-Jones said the quay was safe, while skipper Sean O'Brien's crew waited.",
            "Von der Leyen said: \"We will help.\" Trevelyan-Jones agreed, and Mr O'Brien said nothing.");

        Assert.Equal(["Ursula von der Leyen", "Anne-Marie Trevelyan-Jones", "Sean O'Brien"], article.People);
    }

    [Fact]
    public void Titles_honorifics_and_roles_are_stripped_and_roles_kept()
    {
        var article = ImportHelper.Article(
            "Visiting Ottawa, UK Foreign Secretary Margaret Holloway said the talks had gone well.",
            "Dr Kwame Asante, a virologist at the institute, and Sir Dennis Pratley KC both attended.",
            "Mrs Holloway later told reporters the treaty would be signed.");

        Assert.Equal(["Margaret Holloway", "Kwame Asante", "Dennis Pratley"], article.People);
        Assert.Equal("UK Foreign Secretary", article.Roles["Margaret Holloway"]);
        Assert.Equal("virologist", article.Roles["Kwame Asante"]);
    }

    [Fact]
    public void Later_surname_mentions_fold_into_the_full_name()
    {
        var article = ImportHelper.Article(
            "Mayor Grace Odhiambo opened the new bridge on Friday.",
            "Odhiambo said the project had come in under budget. Ms Odhiambo thanked the engineers.");

        Assert.Equal(["Grace Odhiambo"], article.People);
    }

    [Fact]
    public void The_headline_repeats_people_the_body_names_and_keeps_first_mention_order()
    {
        var article = ImportHelper.Import("Odhiambo opens bridge as Kimani watches\n\nEngineer Peter Kimani watched as Mayor Grace Odhiambo cut the ribbon.");

        Assert.Equal(["Grace Odhiambo", "Peter Kimani"], article.People);
    }

    [Fact]
    public void Places_organisations_and_works_named_after_people_are_not_people()
    {
        var article = ImportHelper.Article(
            "Passengers at Charles de Gaulle Airport were delayed for hours, said analyst Priya Nair.",
            "Shares in Morgan Stanley and John Lewis fell, while boats on Lake Victoria were grounded.",
            "The Florence Nightingale Hospital, Mount Kenya and the Edward Elgar Concert Hall were named in the report.",
            "Trustees of the Rhodes Trust met at St Thomas' Hospital beside Marks & Spencer.",
            "Nurses from the Queen Elizabeth Hospital and King's College London cheered the Charlotte Hornets, backed by Goldman Sachs.");

        Assert.Equal(["Priya Nair"], article.People);
    }

    [Fact]
    public void Agency_copy_with_abbreviated_titles_and_offices_of_institutions()
    {
        var article = ImportHelper.Article(
            "Sen. Dolores Whitfield, D-Ore., met Bank of England Governor Alistair Crane on Monday.",
            "\"We agreed on very little,\" Crane told reporters. Mr. Crane left by car.");

        Assert.Equal(["Dolores Whitfield", "Alistair Crane"], article.People);
        Assert.Equal("Bank of England Governor", article.Roles["Alistair Crane"]);
        Assert.Equal(("Alistair Crane", "We agreed on very little"), (article.Quotes[0].Person, article.Quotes[0].Text));
    }

    [Fact]
    public void A_surname_only_mention_is_kept_as_written_without_a_registry()
    {
        var article = ImportHelper.Article("The summit was overshadowed by Putin, whose envoy arrived late.", "Mr Haverford, the host, apologised.");

        Assert.Equal(["Putin", "Haverford"], article.People);
    }

    [Fact]
    public void The_registry_gives_canonical_names()
    {
        var options = new global::Gazette.Import.ImportOptions
        {
            ResolvePerson = static name => name switch { "Putin" => "Vladimir Putin", "Gerry Adamson" => "Gerald Adamson", _ => null },
        };
        var article = ImportHelper.Import("Talks stall\n\nPutin met envoy Gerry Adamson. Adamson said little.", options);

        Assert.Equal(["Vladimir Putin", "Gerald Adamson"], article.People);
    }

    [Fact]
    public void Capitalised_words_that_only_open_sentences_are_not_people()
    {
        var article = ImportHelper.Article(
            "Desperate Shoppers queued outside. Yesterday Council officials said the Premier League game would go ahead.",
            "Former Westfield captain Tomasz Zielinski said the Prime Minister's office had called.");

        Assert.Equal(["Tomasz Zielinski"], article.People);
    }
}
