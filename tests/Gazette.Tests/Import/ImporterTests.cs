using System.Text;

using Gazette.Diagnostics;
using Gazette.Import;

namespace Gazette.Tests.Import;

/// <summary>The importer as a whole: structure, options and diagnostics, on articles written for these tests.</summary>
public sealed class ImporterTests
{
    private const string Layout = """
        Local News

        Ferry service suspended after storm damages pier

        Weather: Gales expected to continue into the weekend

        Sign up to our free newsletter for the latest news in your inbox. You can unsubscribe at any time.

        The island ferry will not run until engineers have inspected the pier, the operator said.

        Advertisement

        Harbour master Tobias Lindgren said the damage was "worse than it looked".
        Pictured: Waves breaking over the pier on Tuesday (Image: Island Press)

        Source: Island Press
        https://example.org/ferry
        """;

    [Fact]
    public void Reads_the_structure_and_reports_what_it_removed()
    {
        var article = ImportHelper.Import(Layout);

        Assert.Equal("Local News", article.Section);
        Assert.Equal("Ferry service suspended after storm damages pier", article.Title);
        Assert.Equal("Weather: Gales expected to continue into the weekend", article.Subtitle);
        Assert.Equal(("Island Press", "https://example.org/ferry"), (article.SourceName, article.SourceUrl));
        Assert.Equal(2, article.ParagraphCount);
        Assert.Equal(
            ["Sign up to our free newsletter for the latest news in your inbox. You can unsubscribe at any time.", "Advertisement", "Pictured: Waves breaking over the pier on Tuesday (Image: Island Press)"],
            article.Removed);
        Assert.Equal(["local news"], article.Tags);
        Assert.Equal("ferry-service-suspended-after-storm-damages-pier", article.Slug);
    }

    [Fact]
    public void A_standfirst_ending_in_a_full_stop_before_the_byline_is_the_subtitle()
    {
        var article = ImportHelper.Import("""
            Council approves new cycle lanes

            The scheme will cost £2m and take two years.

            By Amrit Kaur
            Last modified on Mon 3 Jul 2023 12.30 BST

            Councillors voted 31 to 12 in favour on Tuesday.
            """);

        Assert.Equal("The scheme will cost £2m and take two years.", article.Subtitle);
        Assert.Equal("Amrit Kaur", article.Author);
        Assert.Equal(new DateOnly(2023, 7, 3), article.Date);
        Assert.Equal("Councillors voted 31 to 12 in favour on Tuesday.", article.Body);
    }

    [Fact]
    public void Hard_wrapped_lines_join_and_bullets_become_lists()
    {
        var article = ImportHelper.Import("""
            Headline of a wrapped article

            The committee published its findings on
            Monday after a year-long inquiry into the
            state of the nation's canals.

            Key points:
            • Funding will double
            • Three locks will reopen

            The report lists its sources, including:

            - the canal trust's own surveys
            - interviews with 40 boat owners
            """);

        Assert.Equal(5, article.ParagraphCount);
        Assert.Equal("""
            The committee published its findings on Monday after a year-long inquiry into the state of the nation's canals.

            Key points:

            - Funding will double
            - Three locks will reopen

            The report lists its sources, including:

            - the canal trust's own surveys
            - interviews with 40 boat owners
            """.ReplaceLineEndings("\n").TrimEnd(), article.Body);
    }

    [Fact]
    public void Adjacent_lists_keep_apart_by_changing_marker()
    {
        var article = ImportHelper.Import("Headline of lists\n\n- one\n- two\n\n• three\n• four");

        Assert.Equal("- one\n- two\n\n* three\n* four", article.Body);
        Assert.Equal(2, MarkdownRendering.Body(article.Body).QuerySelectorAll("ul").Length);
    }

    [Fact]
    public void Site_boilerplate_phrases_and_regexes_are_removed()
    {
        var options = new ImportOptions { Boilerplate = ["Download our app", "/^Sponsored by .+$/i"] };
        var article = ImportHelper.Import("A headline for the test\n\nBody one.\n\nDownload our app today!\n\nSPONSORED BY Acme Widgets\n\nBody two.", options);

        Assert.Equal(["Download our app today!", "SPONSORED BY Acme Widgets"], article.Removed);
        Assert.Equal("Body one.\n\nBody two.", article.Body);
    }

    [Fact]
    public void Empty_configuration_entries_are_ignored()
    {
        var options = new ImportOptions
        {
            Boilerplate = [null!, "", "  "],
            Sections = [null!],
            TagRules = new Dictionary<string, IReadOnlyList<string>> { ["x"] = null!, ["y"] = [null!, ""] },
        };
        var article = ImportHelper.Import("A headline for the test\n\nBody one.", options);

        Assert.Equal("Body one.", article.Body);
        Assert.Empty(article.Tags);
        Assert.Equal(["/(/"], BoilerplateFilter.InvalidPatterns([null!, "/ok/", "/(/", "plain"]));
    }

    [Fact]
    public void Tag_rules_countries_demonyms_and_cities_become_sorted_tags()
    {
        var options = new ImportOptions
        {
            TagRules = new Dictionary<string, IReadOnlyList<string>> { ["Energy"] = ["wind farm", "solar"], ["unused"] = ["zeppelin"] },
        };
        var article = ImportHelper.Import("A headline for the test\n\nA Norwegian firm will build a wind farm off Aberdeen, far from Lagos. Analyst Jordan Pike said Turkey would follow.", options);

        Assert.Equal(["energy", "lagos", "norway", "turkey"], article.Tags);
    }

    [Fact]
    public void Known_sections_are_taken_even_when_they_do_not_look_like_labels()
    {
        var options = new ImportOptions { Sections = ["Money & markets today"] };
        var article = ImportHelper.Import("Money & markets today\n\nRates held\n\nThe bank held rates.", options);

        Assert.Equal("Money & markets today", article.Section);
        Assert.Equal("Rates held", article.Title);
    }

    [Fact]
    public void The_date_comes_from_the_dateline_then_the_fallback_then_the_file_with_a_warning()
    {
        var withDateline = ImportHelper.Import("Headline here\n\nBy Ann Lee\nPublished 3 May 2021\n\nBody.", new ImportOptions { FallbackDate = new DateOnly(2020, 1, 1) });
        var withFallback = ImportHelper.Import("Headline here\n\nBody.", new ImportOptions { FallbackDate = new DateOnly(2020, 1, 1), FileDate = new DateOnly(2019, 1, 1) });
        var bag = new DiagnosticBag();
        var withFileDate = ImportHelper.Import("Headline here\n\nBody.", new ImportOptions { FileDate = new DateOnly(2019, 1, 1) }, bag);

        Assert.Equal(new DateOnly(2021, 5, 3), withDateline.Date);
        Assert.Equal("Ann Lee", withDateline.Author);
        Assert.Equal(new DateOnly(2020, 1, 1), withFallback.Date);
        Assert.Equal(new DateOnly(2019, 1, 1), withFileDate.Date);
        Assert.Equal("test.txt:1:1: warning: no dateline and no --date; using the file's modification date 2019-01-01", Assert.Single(bag.Sorted()).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    public void An_empty_file_is_an_error(string text)
    {
        var bag = new DiagnosticBag();

        Assert.Null(Importer.Import("e.txt", Encoding.UTF8.GetBytes(text), new ImportOptions(), bag));
        Assert.Equal("e.txt:1:1: error: file is empty: there is no headline to import", Assert.Single(bag.Sorted()).ToString());
    }

    [Fact]
    public void Markdown_file_is_front_matter_then_the_body()
    {
        var article = ImportHelper.Import(Layout, new ImportOptions { FallbackDate = new DateOnly(2024, 2, 29) });

        Assert.Equal("""
            ---
            title: "Ferry service suspended after storm damages pier"
            subtitle: "Weather: Gales expected to continue into the weekend"
            section: "Local News"
            date: 2024-02-29
            source:
              name: "Island Press"
              url: "https://example.org/ferry"
            summary: "The island ferry will not run until engineers have inspected the pier, the operator said."
            tags:
              - "local news"
            people:
              - "Tobias Lindgren"
            quotes:
              - person: "Tobias Lindgren"
                text: "worse than it looked"
            slug: "ferry-service-suspended-after-storm-damages-pier"
            source_file: "test.txt"
            ---

            The island ferry will not run until engineers have inspected the pier, the operator said.

            Harbour master Tobias Lindgren said the damage was "worse than it looked".

            """.ReplaceLineEndings("\n"), Importer.ToMarkdownFile(article));
    }

    [Fact]
    public void A_source_with_only_a_name_is_a_plain_string_and_empty_keys_are_left_out()
    {
        var article = ImportHelper.Import("Short headline\n\nOne line of body.\n\nSource: Wire Service");
        string file = Importer.ToMarkdownFile(article);

        Assert.Contains("\nsource: \"Wire Service\"\n", file);
        Assert.DoesNotContain("subtitle:", file);
        Assert.DoesNotContain("people:", file);
        Assert.DoesNotContain("quotes:", file);
        Assert.DoesNotContain("date:", file);
    }

    [Fact]
    public void The_importer_falls_back_to_the_file_name_for_a_title_without_letters()
    {
        var article = ImportHelper.Import("!!! ???\n\nBody text here.");

        Assert.Equal("test", article.Slug);
    }
}
