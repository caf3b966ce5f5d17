using System.Net;

namespace Gazette.Tests.Serve;

/// <summary><c>gazette serve</c> answers like GitHub Pages: under the base path, right types, the site's 404, never cached.</summary>
public sealed class ServeTests
{
    internal const string Files = """
        -- site.yml --
        title: Served
        base_url: https://x.github.io/gazette/
        -- content/people.yml --
        - name: Jane Doe
          role: Minister
        -- content/articles/first.md --
        ---
        title: First story
        date: 2024-02-01
        tags: [Economy]
        people: [Jane Doe]
        ---
        The first body.
        -- content/articles/second.md --
        ---
        title: Second story
        date: 2024-02-02
        tags: [Economy]
        ---
        The second body.
        -- content/static/img/dot.png --
        not really a png
        -- content/static/img/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"></svg>
        -- content/static/fonts/serif.woff2 --
        wOF2
        -- content/static/js/app.js --
        console.log("hi");
        -- content/static/data.json --
        {"a": 1}
        """;

    [Theory]
    [InlineData("/gazette/", "text/html; charset=utf-8", "First story")]
    [InlineData("/gazette/articles/first/", "text/html; charset=utf-8", "The first body.")]
    [InlineData("/gazette/tags/economy/", "text/html; charset=utf-8", "Second story")]
    [InlineData("/gazette/people/jane-doe/", "text/html; charset=utf-8", "Minister")]
    [InlineData("/gazette/tags/", "text/html; charset=utf-8", "Economy")]
    [InlineData("/gazette/assets/style.css", "text/css; charset=utf-8", "{")]
    [InlineData("/gazette/feed.xml", "application/xml; charset=utf-8", "<feed")]
    [InlineData("/gazette/sitemap.xml", "application/xml; charset=utf-8", "<urlset")]
    [InlineData("/gazette/robots.txt", "text/plain; charset=utf-8", "Sitemap:")]
    [InlineData("/gazette/js/app.js", "text/javascript; charset=utf-8", "console.log")]
    [InlineData("/gazette/data.json", "application/json; charset=utf-8", "\"a\"")]
    [InlineData("/gazette/img/logo.svg", "image/svg+xml", "<svg")]
    [InlineData("/gazette/img/dot.png", "image/png", "not really")]
    [InlineData("/gazette/fonts/serif.woff2", "font/woff2", "wOF2")]
    public async Task Serves_each_page_kind_under_the_base_path_with_its_content_type(string path, string contentType, string expected)
    {
        await using var served = await ServedSite.StartAsync(Files);
        using var response = await served.Http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Links_point_at_the_local_server_under_the_base_path()
    {
        await using var served = await ServedSite.StartAsync(Files);
        Assert.Equal(served.Server.Origin + "/gazette/", served.Server.Url);
        var home = await served.GetStringAsync("/gazette/");
        Assert.Contains("href=\"/gazette/articles/first/\"", home);
        Assert.Contains($"<link rel=\"alternate\" type=\"text/html\" href=\"{served.Server.Origin}/gazette/\" />", await served.GetStringAsync("/gazette/feed.xml"));
    }

    [Theory]
    [InlineData("/", "/gazette/", HttpStatusCode.Found)]
    [InlineData("/gazette", "/gazette/", HttpStatusCode.Found)]
    [InlineData("/gazette/tags", "/gazette/tags/", HttpStatusCode.MovedPermanently)]
    [InlineData("/gazette/articles/first?x=1", "/gazette/articles/first/?x=1", HttpStatusCode.MovedPermanently)]
    public async Task Redirects_to_the_base_path_and_to_folders_with_their_slash(string path, string location, HttpStatusCode status)
    {
        await using var served = await ServedSite.StartAsync(Files);
        using var response = await served.Http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/gazette/no/such/page/")]
    [InlineData("/gazette/articles/missing/")]
    [InlineData("/gazette/nothing.css")]
    [InlineData("/elsewhere/")]
    public async Task A_missing_path_gets_the_sites_404_page_with_status_404(string path)
    {
        await using var served = await ServedSite.StartAsync(Files);
        using var response = await served.Http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Page not found", body);
        Assert.Contains("href=\"/gazette/tags/\"", body);
        Assert.Contains("id=\"gazette-live-reload\"", body);
    }

    [Fact]
    public async Task Head_sends_headers_only_and_other_methods_are_refused()
    {
        await using var served = await ServedSite.StartAsync(Files);
        using var head = await served.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/gazette/assets/style.css"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var post = await served.Http.PostAsync("/gazette/", new StringContent("x"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task The_reload_script_is_in_served_pages_only_never_in_the_built_files()
    {
        await using var served = await ServedSite.StartAsync(Files);
        var page = await served.GetStringAsync("/gazette/articles/first/");
        var script = page.IndexOf("<script id=\"gazette-live-reload\">", StringComparison.Ordinal);
        Assert.True(script > 0 && script < page.LastIndexOf("</body>", StringComparison.Ordinal), "the script goes just before </body>");
        Assert.Contains("new EventSource(\"/__gazette/events\")", page);
        Assert.Contains($"\"{served.Server.State.Version}\"", page);

        var built = Directory.EnumerateFiles(served.OutputDir, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(Path.Combine(served.OutputDir, "articles", "first", "index.html"), built);
        foreach (var file in built)
        {
            Assert.DoesNotContain("__gazette", File.ReadAllText(file));
        }
    }

    [Fact]
    public async Task The_deployable_output_folder_is_left_alone()
    {
        await using var served = await ServedSite.StartAsync(Files);
        Assert.False(Directory.Exists(served.Site.Output), "serve builds into .gazette-cache/serve, never _site");
        Assert.StartsWith(Path.Combine(served.Site.Root, ".gazette-cache"), served.OutputDir);
    }
}
