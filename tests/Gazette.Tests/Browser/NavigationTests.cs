using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gazette.Tests.Browser;

/// <summary>A reader clicking through the built sample site in Chromium.</summary>
public sealed partial class NavigationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_reader_clicks_from_home_to_an_article_a_person_a_tag_and_another_article()
    {
        await using var reader = await browser.OpenAsync();
        var page = reader.Page;
        await reader.GoAsync("/gazette/");

        await page.Locator("main a[href^='/gazette/articles/']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(ArticleUrl());
        await Expect(page.Locator("body.kind-article main h1")).Not.ToBeEmptyAsync();

        var person = page.Locator("main a[href^='/gazette/people/']:not([href='/gazette/people/'])").First;
        var name = (await person.InnerTextAsync()).Trim();
        await person.ClickAsync();
        await Expect(page).ToHaveURLAsync(TermUrl("people"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync(name);

        await page.Locator("nav.site-nav a", new() { HasText = "Tags" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/gazette/tags/$"));
        var tag = page.Locator("main a[href^='/gazette/tags/']:not([href='/gazette/tags/'])").First;
        await tag.ClickAsync();
        await Expect(page).ToHaveURLAsync(TermUrl("tags"));
        var tagPage = page.Url;

        await page.Locator("main a[href^='/gazette/articles/']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(ArticleUrl());
        var tagSlug = new Uri(tagPage).AbsolutePath;
        await Expect(page.Locator($"main a[href='{tagSlug}']").First).ToBeVisibleAsync();
        reader.AssertNoProblems();
    }

    [Fact]
    public async Task A_reader_pages_forward_and_back_through_the_home_page()
    {
        await using var reader = await browser.OpenAsync();
        var page = reader.Page;
        await reader.GoAsync("/gazette/");
        var first = await ArticleLinks(page);

        await page.Locator(".pager a[rel=next]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/gazette/page/2/$"));
        await Expect(page.Locator(".pager-status")).ToHaveTextAsync(new Regex("^Page 2 of \\d+$"));
        var second = await ArticleLinks(page);
        Assert.Empty(first.Intersect(second));

        await page.Locator(".pager a[rel=next]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/gazette/page/3/$"));
        await page.Locator(".pager a[rel=prev]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/gazette/page/2/$"));
        await page.Locator(".pager a[rel=prev]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/gazette/$"));
        Assert.Equal(first, await ArticleLinks(page));
        reader.AssertNoProblems();
    }

    [Fact]
    public async Task Typing_Blinken_finds_the_seed_article_and_the_query_stays_in_the_url()
    {
        await using var reader = await browser.OpenAsync();
        var page = reader.Page;
        await reader.GoAsync("/gazette/search/");
        var input = page.Locator("form#search-form input#search-input");
        await Expect(input).ToBeVisibleAsync();
        await input.PressSequentiallyAsync("Blinken");

        var results = page.Locator("ol#search-results > li > a[href]");
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(page.Locator($"ol#search-results a[href='{PageKinds.SeedArticle}']")).ToHaveCountAsync(1);
        var count = await results.CountAsync();
        await Expect(page.Locator("#search-count")).ToHaveTextAsync($"{count} results for “Blinken”.");
        await Expect(page).ToHaveURLAsync(new Regex("/gazette/search/\\?q=Blinken$"));
        // Headline matches rank above articles that only mention him.
        Assert.Contains("Blinken", await results.First.InnerTextAsync(), StringComparison.Ordinal);

        // A shared link runs the search on load.
        await reader.GoAsync("/gazette/search/?q=Blinken");
        await Expect(input).ToHaveValueAsync("Blinken");
        await Expect(results).ToHaveCountAsync(count);
        await page.Locator($"ol#search-results a[href='{PageKinds.SeedArticle}']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(PageKinds.SeedArticle) + "$"));
        reader.AssertNoProblems();
    }

    [Fact]
    public async Task Search_ignores_case_and_accents_and_says_when_nothing_matches()
    {
        await using var reader = await browser.OpenAsync();
        var page = reader.Page;
        await reader.GoAsync("/gazette/search/?q=jose%20alvarez");
        await Expect(page.Locator("ol#search-results > li").First).ToBeVisibleAsync();
        await page.Locator("ol#search-results > li > a").First.ClickAsync();
        await Expect(page.Locator("main a", new() { HasText = "José Álvarez" }).First).ToBeVisibleAsync();

        await reader.GoAsync("/gazette/search/");
        await page.Locator("#search-input").PressSequentiallyAsync("zzqx");
        await Expect(page.Locator("#search-count")).ToHaveTextAsync("No results for “zzqx”.");
        await Expect(page.Locator("ol#search-results > li")).ToHaveCountAsync(0);
        reader.AssertNoProblems();
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_so_and_links_to_the_indexes()
    {
        await using var reader = await browser.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = reader.Page;
        await reader.GoAsync("/gazette/search/");
        await Expect(page.Locator("#search-form")).ToBeHiddenAsync();
        await Expect(page.Locator(".search-noscript")).ToContainTextAsync("Search needs JavaScript");
        await Expect(page.Locator("main a[href='/gazette/tags/']")).ToBeVisibleAsync();
        await Expect(page.Locator("main a[href='/gazette/people/']")).ToBeVisibleAsync();
        await Expect(page.Locator("main a[href='/gazette/archive/']")).ToBeVisibleAsync();
        reader.AssertNoProblems();
    }

    private static async Task<List<string>> ArticleLinks(IPage page) =>
        [.. (await page.Locator("main a[href^='/gazette/articles/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Distinct()];

    private static Regex TermUrl(string taxonomy) => new($"/gazette/{taxonomy}/[^/]+/$");

    [GeneratedRegex("/gazette/articles/[^/]+/$")]
    private static partial Regex ArticleUrl();
}
