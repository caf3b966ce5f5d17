using System.IO.Compression;
using System.Text.Json;
using Gazette.Build;
using Gazette.Output;
using Gazette.Templates;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

/// <summary>The search index written at build time and the search page that reads it.</summary>
public sealed class SearchIndexTests
{
    private const string Hostile = """</script><script>alert(1)</script> "quoted" & more""";

    private static TestSite Create() => TestSite.Create($$"""
        -- site.yml --
        base_url: https://user.github.io/repo/
        -- content/people.yml --
        - name: José Álvarez
          aliases: [Álvarez]
        -- content/articles/a.md --
        ---
        title: '{{Hostile.Replace("'", "''")}}'
        date: 2024-03-02
        section: World News
        summary: 'Summary with a "quote", a \ backslash and ünïcödé.'
        tags: [Economy, Trade]
        people: [Álvarez, Ann Lee]
        ---
        Body.
        -- content/articles/b.md --
        ---
        title: Older story
        date: 2024-03-01
        tags: [Economy]
        ---
        No summary, no section.
        -- content/articles/draft.md --
        ---
        title: Secret draft
        date: 2024-03-03
        draft: true
        ---
        Not yet.
        """);

    [Fact]
    public void The_index_lists_every_published_article_with_its_fields()
    {
        using var site = Create();
        site.Build();
        using var json = JsonDocument.Parse(site.Read("_site/search/index.json"));
        var root = json.RootElement;
        Assert.Equal(SearchIndexWriter.Version, root.GetProperty("v").GetInt32());
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(0, root.GetProperty("parts").GetArrayLength());
        var sections = Strings(root.GetProperty("s"));
        var tags = Strings(root.GetProperty("t"));
        var people = Strings(root.GetProperty("p"));
        var rows = root.GetProperty("a").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);

        var a = rows[0];
        Assert.Equal(Hostile, a[0].GetString());
        Assert.Equal("Summary with a \"quote\", a \\ backslash and ünïcödé.", a[1].GetString());
        Assert.Equal("2024-03-02", a[2].GetString());
        Assert.Equal("articles/a/", a[3].GetString());
        Assert.Equal("World News", sections[a[4].GetInt32()]);
        Assert.Equal(["Economy", "Trade"], a[5].EnumerateArray().Select(i => tags[i.GetInt32()]));
        Assert.Equal(["José Álvarez", "Ann Lee"], a[6].EnumerateArray().Select(i => people[i.GetInt32()]));

        var b = rows[1];
        Assert.Equal(["Older story", "", "2024-03-01", "articles/b/"], Enumerable.Range(0, 4).Select(i => b[i].GetString()));
        Assert.Equal(-1, b[4].GetInt32());
        Assert.Equal(["Economy"], b[5].EnumerateArray().Select(i => tags[i.GetInt32()]));
        Assert.Equal(0, b[6].GetArrayLength());
    }

    [Fact]
    public void The_index_escapes_markup_and_keeps_letters_readable()
    {
        using var site = Create();
        site.Build();
        var text = site.Read("_site/search/index.json");
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", text, StringComparison.Ordinal);
        Assert.Contains("José Álvarez", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret draft", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_are_indexed_only_when_built()
    {
        using var site = Create();
        site.Build(o => o with { Drafts = true });
        using var json = JsonDocument.Parse(site.Read("_site/search/index.json"));
        Assert.Equal("Secret draft", json.RootElement.GetProperty("a")[0][0].GetString());
    }

    [Fact]
    public void A_large_site_is_split_into_parts_that_together_list_every_article_once()
    {
        using var site = TestSite.Create(Articles.Many(SearchIndexWriter.ArticlesPerPart + 1));
        var result = site.Build(o => o with { Write = false });
        var first = result.Files.Single(f => f.Path == "search/index.json");
        using var json = JsonDocument.Parse(first.Bytes);
        Assert.Equal(SearchIndexWriter.ArticlesPerPart + 1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(["search/index-2.json"], Strings(json.RootElement.GetProperty("parts")));
        Assert.Equal(SearchIndexWriter.ArticlesPerPart, json.RootElement.GetProperty("a").GetArrayLength());
        using var second = JsonDocument.Parse(result.Files.Single(f => f.Path == "search/index-2.json").Bytes);
        Assert.False(second.RootElement.TryGetProperty("parts", out _));
        var oldest = Assert.Single(second.RootElement.GetProperty("a").EnumerateArray());
        Assert.Equal("Article 001", oldest[0].GetString());
        Assert.Equal(["economy"], Strings(second.RootElement.GetProperty("t")));
    }

    [Fact]
    public void The_search_page_has_the_script_contract_and_works_as_a_list_of_indexes_without_script()
    {
        using var site = Create();
        site.Build();
        var page = site.Html("_site/search/index.html");
        var form = page.QuerySelector("form#search-form")!;
        Assert.Equal("/repo/search/index.json", form.GetAttribute("data-index"));
        Assert.Equal("/repo/", form.GetAttribute("data-base"));
        Assert.True(form.HasAttribute("hidden"), "the form is shown by the script, not before");
        var input = page.QuerySelector("input#search-input")!;
        Assert.Equal(("search", "q"), (input.GetAttribute("type"), input.GetAttribute("name")));
        Assert.Equal("polite", page.QuerySelector("#search-count")!.GetAttribute("aria-live"));
        Assert.NotNull(page.QuerySelector("ol#search-results"));
        Assert.Equal("/repo/assets/search.js", page.QuerySelector("script[src]")!.GetAttribute("src"));
        Assert.Contains("needs JavaScript", page.QuerySelector("noscript")!.InnerHtml, StringComparison.Ordinal);
        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/repo/tags/", links);
        Assert.Contains("/repo/people/", links);
        Assert.Contains("/repo/archive/", links);
        site.AssertFile("_site/assets/search.js", "search-results");
    }

    [Fact]
    public void The_search_script_is_under_10_KB_gzipped()
    {
        var script = ThemeFiles.Read("assets/search.js");
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(script);
        }

        Assert.InRange(gzipped.Length, 1, 10 * 1024);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
