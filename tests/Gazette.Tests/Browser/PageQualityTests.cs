using System.Text.Json;
using Gazette.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gazette.Tests.Browser;

/// <summary>
/// Every page kind of the sample site in Chromium: it loads without console errors or failed
/// requests, axe-core finds no accessibility violations (light and dark), it never scrolls
/// sideways at 390 px, and dark mode keeps text readable. Each test leaves a screenshot in
/// screenshots/ in the test output folder.
/// </summary>
public sealed class PageQualityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    public static TheoryData<string> Kinds => PageKinds.Names;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Loads_without_console_errors_or_failed_requests(string kind)
    {
        await using var reader = await OpenAsync(kind, Desktop);
        await reader.ScreenshotAsync(kind);
        reader.AssertNoProblems();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Axe_finds_no_accessibility_violations(string kind)
    {
        await using var reader = await OpenAsync(kind, Desktop);
        Assert.Equal([], await AxeViolations(reader.Page));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Never_scrolls_sideways_at_390_px(string kind)
    {
        await using var reader = await OpenAsync(kind, new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var widths = await reader.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        await reader.ScreenshotAsync(kind + "-390");
        Assert.True(client is > 300 and <= 390, $"viewport width {client}");
        Assert.True(scroll <= client, $"{kind} is {scroll} px wide in a {client} px viewport: {await WidestElement(reader.Page)}");
        reader.AssertNoProblems();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Dark_mode_keeps_text_readable(string kind)
    {
        await using var reader = await OpenAsync(kind, new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 }, ColorScheme = ColorScheme.Dark });
        await reader.ScreenshotAsync(kind + "-dark");
        using var contrast = JsonDocument.Parse(await reader.Page.EvaluateAsync<string>(ContrastScript));
        var background = contrast.RootElement.GetProperty("background").GetDouble();
        Assert.True(background < 0.05, $"the page background is not dark (relative luminance {background:0.000})");
        var checkedCount = contrast.RootElement.GetProperty("checked").GetInt32();
        Assert.True(checkedCount > 5, $"only {checkedCount} text elements found");
        var worst = contrast.RootElement.GetProperty("worst").EnumerateArray().ToList();
        Assert.All(worst, w => Assert.True(w.GetProperty("ratio").GetDouble() >= 4.5, $"contrast {w.GetProperty("ratio").GetDouble():0.00}:1 for {w.GetProperty("what").GetString()}"));
        Assert.Equal([], await AxeViolations(reader.Page));
    }

    [Fact]
    public async Task The_checks_catch_a_page_with_problems()
    {
        await using var reader = await browser.OpenAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, ColorScheme = ColorScheme.Dark });
        await reader.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><title>Bad</title>
            <body style="background:#111;color:#333"><main><h1>Dim heading</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p>Dim text</p>
            <div style="width:1000px">too wide</div></main></body></html>
            """);
        var violations = await AxeViolations(reader.Page);
        Assert.Contains(violations, v => v.StartsWith("image-alt ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("color-contrast ", StringComparison.Ordinal));
        using var contrast = JsonDocument.Parse(await reader.Page.EvaluateAsync<string>(ContrastScript));
        Assert.True(contrast.RootElement.GetProperty("worst")[0].GetProperty("ratio").GetDouble() < 4.5);
        var widths = await reader.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] > widths[1]);
        await reader.Page.EvaluateAsync("() => console.error('boom')");
        Assert.Contains(reader.Problems, p => p.Contains("boom", StringComparison.Ordinal));
    }

    private async Task<WatchedPage> OpenAsync(string kind, BrowserNewContextOptions options)
    {
        var reader = await browser.OpenAsync(options);
        var response = await reader.GoAsync(PageKinds.All[kind], expectNotFound: kind == "not-found");
        Assert.Equal(kind == "not-found" ? 404 : 200, response?.Status);
        if (kind == "search")
        {
            await Assertions.Expect(reader.Page.Locator("ol#search-results > li").First).ToBeVisibleAsync();
        }

        return reader;
    }

    private static async Task<List<string>> AxeViolations(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ExternalTools.RequireAxe() });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v =>
                `${v.id} (${v.impact}): ${v.help} — ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }

    private static Task<string> WidestElement(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 0.5);
          const e = wide[wide.length - 1];
          return e ? `${e.tagName.toLowerCase()}.${e.className} ends at ${Math.round(e.getBoundingClientRect().right)} px` : 'no element found';
        }
        """);

    // WCAG relative luminance and contrast of every visible text element against the first
    // opaque background behind it; returns the three worst.
    private const string ContrastScript = """
        () => {
          const parse = c => {
            const p = c.match(/[\d.]+/g).map(Number);
            return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
          };
          const channel = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
          const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
          const background = el => {
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c.a > 0.5) return c;
            }
            return { r: 255, g: 255, b: 255, a: 1 };
          };
          const ratio = (a, b) => {
            const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (hi + 0.05) / (lo + 0.05);
          };
          const texts = [...document.querySelectorAll('body *')].filter(e =>
            e.checkVisibility() && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()));
          const results = texts.map(e => ({
            what: `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)}`,
            ratio: ratio(parse(getComputedStyle(e).color), background(e)),
          })).sort((a, b) => a.ratio - b.ratio);
          return JSON.stringify({ background: luminance(background(document.body)), checked: results.length, worst: results.slice(0, 3) });
        }
        """;
}
