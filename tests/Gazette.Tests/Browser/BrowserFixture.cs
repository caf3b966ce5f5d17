using Gazette.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gazette.Tests.Browser;

/// <summary>
/// The built sample site served on loopback and one headless Chromium (Debian's, driven by
/// Playwright) shared by a test class. Starts nothing when Chromium is missing, so the tests
/// can skip (or fail under CI) with a clear reason instead of a fixture error.
/// </summary>
public sealed class BrowserFixture(SampleSiteBuild site) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticServer? _server;

    /// <summary>The sample site being served.</summary>
    public SampleSiteBuild Site { get; } = site;

    /// <summary>Where screenshots go: screenshots/ in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Launches Chromium and serves the site (skipping or failing when a tool is missing).</summary>
    internal async Task<(IBrowser Browser, StaticServer Server)> StartAsync()
    {
        var chromium = ExternalTools.RequireBrowser();
        if (_browser is null || _server is null)
        {
            _ = Site.Result;
            _server = new StaticServer(Site.Output, Site.BasePath);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
            Directory.CreateDirectory(ScreenshotFolder);
        }

        return (_browser, _server);
    }

    /// <summary>A new page in a fresh context, with every console error, page error and failed request recorded.</summary>
    public async Task<WatchedPage> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var (browser, server) = await StartAsync();
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        return new WatchedPage(context, page, server);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
