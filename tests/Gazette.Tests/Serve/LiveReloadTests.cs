using System.Text.RegularExpressions;

namespace Gazette.Tests.Serve;

/// <summary>Saving a source rebuilds and reloads open pages; a broken build shows an overlay until the next good save.</summary>
public sealed partial class LiveReloadTests
{
    private const string Edited = """
        ---
        title: First story
        date: 2024-02-01
        tags: [Economy]
        ---
        The edited body.
        """;

    [Fact]
    public async Task Editing_an_article_sends_a_reload_event_and_the_page_changes()
    {
        await using var served = await ServedSite.StartAsync(ServeTests.Files);
        using var events = await served.EventsAsync();
        Assert.Contains("The first body.", await served.GetStringAsync("/gazette/articles/first/"));

        served.Site.Write("content/articles/first.md", Edited);

        var reload = await events.NextAsync("reload");
        Assert.Equal(served.Server.State.Version, reload.Data);
        var page = await served.GetStringAsync("/gazette/articles/first/");
        Assert.Contains("The edited body.", page);
        Assert.DoesNotContain("The first body.", page);
        Assert.Contains($"\"{reload.Data}\"", page);
    }

    [Fact]
    public async Task An_editors_save_by_rename_counts_as_a_save()
    {
        await using var served = await ServedSite.StartAsync(ServeTests.Files);
        using var events = await served.EventsAsync();

        // What many editors do: write a temporary file beside the original, then rename it over it.
        served.Site.Write("content/articles/first.md.tmp-save", Edited);
        File.Move(Path.Combine(served.Site.Root, "content/articles/first.md.tmp-save"), Path.Combine(served.Site.Root, "content/articles/first.md"), overwrite: true);

        await served.BuildWhereAsync(b => b.Changed.Any(p => p.EndsWith("first.md", StringComparison.Ordinal)));
        await events.NextAsync("reload");
        Assert.Contains("The edited body.", await served.GetStringAsync("/gazette/articles/first/"));
    }

    [Fact]
    public async Task Changes_to_site_yml_people_yml_and_templates_rebuild()
    {
        await using var served = await ServedSite.StartAsync(ServeTests.Files);

        served.Site.Write("site.yml", "title: Renamed Site\nbase_url: https://x.github.io/gazette/\n");
        await served.BuildWhereAsync(b => b.Result.Succeeded && b.Changed.Any(p => p.EndsWith("site.yml", StringComparison.Ordinal)));
        Assert.Contains("Renamed Site", await served.GetStringAsync("/gazette/"));

        served.Site.Write("content/people.yml", "- name: Jane Doe\n  role: Governor\n");
        await served.BuildWhereAsync(b => b.Result.Succeeded && b.Changed.Any(p => p.EndsWith("people.yml", StringComparison.Ordinal)));
        Assert.Contains("Governor", await served.GetStringAsync("/gazette/people/jane-doe/"));

        // templates/ does not exist yet: its appearance is a change, and is watched from then on.
        served.Site.Write("templates/partials/footer.html", "<footer id=\"custom\">Custom footer</footer>\n");
        await served.BuildWhereAsync(b => b.Result.Succeeded && b.Changed.Any(p => p.Contains("templates", StringComparison.Ordinal)));
        Assert.Contains("Custom footer", await served.GetStringAsync("/gazette/"));

        served.Site.Write("templates/partials/footer.html", "<footer id=\"custom\">Second footer</footer>\n");
        await served.BuildWhereAsync(b => b.Result.Succeeded && b.Changed.Any(p => p.EndsWith("footer.html", StringComparison.Ordinal)));
        Assert.Contains("Second footer", await served.GetStringAsync("/gazette/"));
    }

    [Fact]
    public async Task A_template_error_shows_the_overlay_and_the_next_good_save_recovers()
    {
        await using var served = await ServedSite.StartAsync(ServeTests.Files);
        using var events = await served.EventsAsync();

        served.Site.Write("templates/article.html", "<h1>{{ article.title </h1>\n");
        var failed = await events.NextAsync("failed");
        Assert.Matches(DiagnosticLine(), failed.Data);
        Assert.Contains("id=\"gazette-error-overlay\"", failed.Data);

        // The last good page is still served, under an overlay naming the error, escaped.
        var broken = await served.GetStringAsync("/gazette/articles/first/");
        Assert.Contains("The first body.", broken);
        Assert.Contains("id=\"gazette-error-overlay\"", broken);
        Assert.Matches(DiagnosticLine(), broken);
        Assert.Contains("&lt;expression&gt;", broken);
        Assert.DoesNotContain("<expression>", broken);
        Assert.Contains("id=\"gazette-error-overlay\"", await served.GetStringAsync("/gazette/"));

        served.Site.Write("templates/article.html", "<h1 id=\"fixed\">{{ article.title }}</h1>\n");
        await events.NextAsync("reload");
        var fixedPage = await served.GetStringAsync("/gazette/articles/first/");
        Assert.Contains("<h1 id=\"fixed\">First story</h1>", fixedPage);
        Assert.DoesNotContain("id=\"gazette-error-overlay\"", fixedPage);
    }

    [Fact]
    public async Task A_page_opened_while_the_build_is_broken_gets_the_overlay_from_the_event_stream_too()
    {
        await using var served = await ServedSite.StartAsync(ServeTests.Files);
        served.Site.Write("content/articles/second.md", "---\ntitle: <b>Bold</b>\ndate: 30/03/2022\n---\nBody\n");
        await served.BuildWhereAsync(b => !b.Result.Succeeded);

        using var events = await served.EventsAsync();
        var failed = await events.NextAsync("failed");
        Assert.Contains("content/articles/second.md:3:7: error: &#39;date&#39; must be YYYY-MM-DD", failed.Data);

        using var response = await served.Http.GetAsync("/gazette/missing/", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("id=\"gazette-error-overlay\"", body);
        Assert.Contains("content/articles/second.md:3:7: error:", body);
    }

    [Fact]
    public async Task A_site_broken_from_the_start_is_served_with_the_overlay_until_it_is_fixed()
    {
        using var site = Infrastructure.TestSite.Create(ServeTests.Files + "\n-- templates/home.html --\n{{ for }}\n");
        await using var server = new Gazette.Cli.Serve.SiteServer(new() { SiteDir = site.Root, Port = 0 });
        var good = new TaskCompletionSource();
        server.Built += build => _ = build.Result.Succeeded && good.TrySetResult();
        await server.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri(server.Origin) };

        using (var response = await http.GetAsync("/gazette/", TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("templates/home.html:1:", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        site.Write("templates/home.html", "<p id=\"home\">Home</p>\n");
        await good.Task.WaitAsync(ServedSite.Patience, TestContext.Current.CancellationToken);
        var page = await http.GetStringAsync("/gazette/", TestContext.Current.CancellationToken);
        Assert.Contains("<p id=\"home\">Home</p>", page);
        Assert.DoesNotContain("id=\"gazette-error-overlay\"", page);
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_instead_of_waiting_for_them()
    {
        await using var served = await ServedSite.StartAsync(ServeTests.Files);
        using var events = await served.EventsAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await served.Server.StopAsync();

        // Kestrel would cut a stream left open only after its 5 s shutdown timeout.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"stopping took {clock.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => events.NextAsync("reload"));
        Assert.Equal(0, served.Server.Listeners);
    }

    [GeneratedRegex(@"templates/article\.html:\d+:\d+: error: ")]
    private static partial Regex DiagnosticLine();
}
