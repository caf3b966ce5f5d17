using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gazette.Cli.Serve;

/// <summary>
/// <c>gazette serve</c> without the console: Kestrel on the chosen address, the first build,
/// then a watcher feeding rebuilds that reload open pages. Tests start it in-process.
/// </summary>
internal sealed class SiteServer(ServeOptions options) : IAsyncDisposable
{
    private readonly LiveReload _reload = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource<SiteRebuilder> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task _rebuilds = Task.CompletedTask;
    private SiteRebuilder? _rebuilder;

    /// <summary>Raised after every build (the first included), on the thread that ran it.</summary>
    public event Action<ServeBuild>? Built;

    /// <summary>The port listened on (the chosen one when <see cref="ServeOptions.Port"/> is 0).</summary>
    public int Port { get; private set; }

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:4000</c>.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>The site's home page on this server (origin + base path).</summary>
    public string Url => Origin + Uri.EscapeDataString(State.BasePath).Replace("%2F", "/", StringComparison.Ordinal);

    /// <summary>What is being served.</summary>
    public ServeState State => _rebuilder?.State ?? throw new InvalidOperationException("the server has not started");

    /// <summary>How many pages are listening for reloads.</summary>
    public int Listeners => _reload.Listeners;

    /// <summary>
    /// Listens, runs the first build, and starts watching. Throws <see cref="ServeException"/>
    /// when the address cannot be bound.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (!ServeOptions.TryParseHost(options.Host, out var address))
        {
            throw new ServeException($"--host must be an IP address or localhost, not '{options.Host}'");
        }

        // Bind before building: a taken port should be reported at once, not after the build.
        _app = CreateApp(address);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or AddressInUseException)
        {
            await _app.DisposeAsync();
            _app = null;
            _ready.TrySetCanceled(CancellationToken.None);
            throw ex.InnerException is AddressInUseException || ex is AddressInUseException
                ? new ServeException($"port {options.Port} on {options.Host} is in use; try --port {options.Port + 1}", ex)
                : new ServeException($"cannot listen on {options.Host}:{options.Port}: {ex.Message}", ex);
        }

        Port = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()).Port;
        Origin = $"http://{UrlHost(address)}:{Port}";
        _rebuilder = new SiteRebuilder(options.SiteDir, Origin, options.Drafts, _reload);
        _rebuilder.Built += build => Built?.Invoke(build);

        // Watch first, so a save during the first build is not lost.
        _watcher = new SiteWatcher(options.SiteDir, options.Debounce, _rebuilder.Request);
        await Task.Run(() => _rebuilder.Build([]), cancellationToken);
        _rebuilds = Task.Run(() => _rebuilder.RunAsync(_stopping.Token), CancellationToken.None);
        _ready.TrySetResult(_rebuilder);
    }

    /// <summary>Stops watching, ends open event streams, lets a build under way finish, and shuts Kestrel down.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        _watcher = null;
        _ready.TrySetCanceled(CancellationToken.None);
        await _rebuilds;
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private WebApplication CreateApp(IPAddress? address)
    {
        // The empty builder reads no appsettings.json or ASPNETCORE_* settings from the
        // author's folder and logs nothing; serve reports for itself.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (address is null)
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(address, options.Port);
            }
        });

        // Ctrl+C and SIGTERM belong to the command, which stops the server itself; tests have no console.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        var app = builder.Build();
        app.Run(new SiteRequestHandler(_ready.Task, _reload, _stopping.Token).HandleAsync);
        return app;
    }

    private static string UrlHost(IPAddress? address) => address switch
    {
        null => "localhost",
        _ when address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) => "localhost",
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } => $"[{address}]",
        _ => address.ToString(),
    };

    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
