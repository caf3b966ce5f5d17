using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed class RawArticleBuildTests
{
    [Fact]
    public void Build_converts_raw_text_in_memory_as_import_would()
    {
        using var site = TestSite.Create("""
            -- content/people.yml --
            - name: Vladimir Putin
              aliases: [Putin]
              role: President of Russia
            -- content/articles/raw.txt --
            Putin meets envoys in Moscow

            By Jane Reporter
            Published 14 March 2023

            Putin met envoys in Moscow on Tuesday, officials said.
            """);
        site.Build();
        var page = site.Html("_site/articles/putin-meets-envoys-in-moscow/index.html");
        Assert.Equal("Putin meets envoys in Moscow", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main time[datetime='2023-03-14']"));
        Assert.NotNull(page.QuerySelector("main a[href='/people/vladimir-putin/']"));
        Assert.NotNull(page.QuerySelector("main a[href='/tags/moscow/']"));
    }

    [Fact]
    public void A_binary_raw_file_is_an_error_naming_it()
    {
        using var site = TestSite.Create("-- content/articles/ok.md --\n---\ntitle: OK\ndate: 2024-01-01\n---\nx\n");
        site.WriteBytes("content/articles/bad.txt", [0x41, 0x00, 0x42]);
        var errors = site.BuildFails();
        Assert.Single(errors);
        Assert.StartsWith("content/articles/bad.txt:1:1: error:", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_boilerplate_regex_in_site_yml_is_an_error_at_its_line()
    {
        using var site = TestSite.Create("-- site.yml --\nimport:\n  boilerplate:\n    - Sign up now\n    - /([a-z/\n");
        var errors = site.BuildFails();
        Assert.Equal(["site.yml:4:7: error: '/([a-z/' is not a valid regular expression; write a plain phrase, or fix the pattern between the slashes"], errors);
    }
}
