using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Gazette.Cli.Serve;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Serve;

/// <summary>
/// A <see cref="TestSite"/> served in-process by <see cref="SiteServer"/> on a free loopback
/// port, with an HTTP client that does not follow redirects, raw requests for the paths
/// HttpClient would normalise, and a queue of finished builds to wait on.
/// </summary>
internal sealed class ServedSite : IAsyncDisposable
{
    /// <summary>Generous: these tests check that things happen, not how fast, on a shared machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The address a <c>gazette serve</c> process announces ("Serving … at http://…"), read from
    /// its output; with <c>--port 0</c> that is the only way to learn the port it took.
    /// </summary>
    public static async Task<string> AnnouncedUrl(System.Diagnostics.Process serve)
    {
        var ready = "";
        while (!ready.StartsWith("Serving", StringComparison.Ordinal))
        {
            ready = await serve.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken)
                ?? throw new InvalidOperationException("serve exited early: " + await serve.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        return ready.Split(' ').Single(w => w.StartsWith("http://", StringComparison.Ordinal));
    }

    private readonly Channel<ServeBuild> _builds = Channel.CreateUnbounded<ServeBuild>();

    private ServedSite(TestSite site)
    {
        Site = site;
        Server = new SiteServer(new ServeOptions { SiteDir = site.Root, Host = "127.0.0.1", Port = 0 });
        Server.Built += build => _builds.Writer.TryWrite(build);
    }

    public TestSite Site { get; }

    public SiteServer Server { get; }

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Where serve writes its build.</summary>
    public string OutputDir => Server.State.OutputDir;

    public static async Task<ServedSite> StartAsync(string txtar)
    {
        var served = new ServedSite(TestSite.Create(txtar));
        await served.Server.StartAsync(TestContext.Current.CancellationToken);
        served.Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(served.Server.Origin), Timeout = Patience };
        var first = await served.NextBuildAsync();
        Assert.True(first.Result.Succeeded, "first build failed:\n" + string.Join("\n", first.Result.Diagnostics));
        return served;
    }

    /// <summary>The next finished build.</summary>
    public async Task<ServeBuild> NextBuildAsync() =>
        await _builds.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken);

    /// <summary>Waits for a build matching <paramref name="wanted"/>: one save may cost more than one build on a busy machine.</summary>
    public async Task<ServeBuild> BuildWhereAsync(Func<ServeBuild, bool> wanted)
    {
        while (true)
        {
            var build = await NextBuildAsync();
            if (wanted(build))
            {
                return build;
            }
        }
    }

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Sends <paramref name="target"/> byte for byte as the request line's target; returns the status and the whole response.</summary>
    public async Task<(int Status, string Response)> RawGetAsync(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Server.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);
        var status = text.Split(' ', 3) is [_, var code, ..] && int.TryParse(code, out var n) ? n : 0;
        return (status, text);
    }

    /// <summary>Opens the live-reload event stream and reads its greeting.</summary>
    public async Task<EventStream> EventsAsync()
    {
        var response = await Http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new EventStream(response, await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Server.State.Version, (await events.NextAsync("hello")).Data);
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Http?.Dispose();
        Site.Dispose();
    }

    /// <summary>A text/event-stream read event by event.</summary>
    internal sealed class EventStream(HttpResponseMessage response, Stream stream) : IDisposable
    {
        private readonly StreamReader _reader = new(stream, Encoding.UTF8);

        /// <summary>The next event named <paramref name="name"/>, skipping others.</summary>
        public async Task<(string Name, string Data)> NextAsync(string name)
        {
            while (true)
            {
                var next = await Read().WaitAsync(Patience, TestContext.Current.CancellationToken);
                if (next.Name == name)
                {
                    return next;
                }
            }
        }

        private async Task<(string Name, string Data)> Read()
        {
            string? eventName = null;
            var data = new List<string>();
            while (await _reader.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
            {
                if (line.Length == 0 && eventName is not null)
                {
                    return (eventName, string.Join("\n", data));
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    eventName = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line[6..]);
                }
            }

            throw new EndOfStreamException("the event stream ended");
        }

        public void Dispose()
        {
            _reader.Dispose();
            response.Dispose();
        }
    }
}
