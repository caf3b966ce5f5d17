using Gazette.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gazette.Tests.Browser;

/// <summary>A browser page that records what went wrong while it loaded: console errors, script errors and failed requests.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly StaticServer _server;
    private readonly List<string> _problems = [];

    internal WatchedPage(IBrowserContext context, IPage page, StaticServer server)
    {
        _context = context;
        _server = server;
        Page = page;
        // Chromium logs the main document's 404 as a console error too; only the deliberate one is expected.
        page.Console += (_, message) => Record(message.Type == "error" && !IsExpectedNotFound(message), $"console error: {message.Text} ({message.Location})");
        page.PageError += (_, error) => Record(true, $"script error: {error}");
        page.RequestFailed += (_, request) => Record(true, $"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) => Record(response.Status >= 400 && !ExpectedStatus(response), $"HTTP {response.Status}: {response.Url}");
    }

    /// <summary>The Playwright page.</summary>
    public IPage Page { get; }

    /// <summary>The URL of the page deliberately opened at an unknown address; its own 404 is not a failure.</summary>
    private string? ExpectedNotFound { get; set; }

    /// <summary>Everything that went wrong so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Fails with the list of everything that went wrong, if anything did.</summary>
    public void AssertNoProblems()
    {
        var problems = Problems;
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) on {Page.Url}:\n" + string.Join("\n", problems));
    }

    /// <summary>Opens a site path (base path included) and waits until the network is quiet.</summary>
    public async Task<IResponse?> GoAsync(string path, bool expectNotFound = false)
    {
        var url = _server.Url(path);
        ExpectedNotFound = expectNotFound ? url : null;
        return await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
    }

    /// <summary>Saves a full-page screenshot as screenshots/<paramref name="name"/>.png and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private bool IsExpectedNotFound(IConsoleMessage message) =>
        ExpectedNotFound is not null && message.Text.Contains("404", StringComparison.Ordinal)
        && message.Location.StartsWith(ExpectedNotFound + ":", StringComparison.Ordinal);

    private bool ExpectedStatus(IResponse response) => response.Status == 404 && response.Url == ExpectedNotFound;

    private void Record(bool problem, string text)
    {
        if (problem)
        {
            lock (_problems)
            {
                _problems.Add(text);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
