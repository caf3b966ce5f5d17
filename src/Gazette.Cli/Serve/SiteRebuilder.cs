using System.Threading.Channels;
using Gazette.Build;
using Gazette.Configuration;
using Gazette.Diagnostics;
using Gazette.Routing;

namespace Gazette.Cli.Serve;

/// <summary>What the server serves right now: an immutable snapshot swapped whole after each build.</summary>
/// <param name="OutputDir">The folder holding the last good build.</param>
/// <param name="BasePath">The path the site is served under, decoded (<c>/</c> or <c>/repo/</c>).</param>
/// <param name="Version">Names the last good build; pages compare it to reload when they missed one.</param>
/// <param name="Overlay">The error overlay while the latest build failed, else null.</param>
/// <param name="Title">The site's title.</param>
internal sealed record ServeState(string OutputDir, string BasePath, string Version, string? Overlay, string Title);

/// <summary>One finished build: its result, the changes that caused it (none for the first).</summary>
internal sealed record ServeBuild(BuildResult Result, IReadOnlyCollection<string> Changed)
{
    /// <summary>The build serve starts with.</summary>
    public bool First => Changed.Count == 0;
}

/// <summary>
/// Runs the builds of a serve session, one at a time: changes arriving during a build are
/// folded into a single next build. After each build it swaps <see cref="State"/> and tells
/// open pages: <c>reload</c> on success, <c>failed</c> with the overlay on failure (the last
/// good output stays served).
/// </summary>
/// <remarks>
/// Serve builds into <c>.gazette-cache/serve/site</c>, not the site's output folder: its
/// pages carry the local address as base URL (so feeds, canonical links and the sitemap work
/// on the local server), and a deployable <c>_site/</c> must never hold those. That also
/// keeps serve's build state (<see cref="BuildOptions.CacheDir"/>) apart from <c>gazette build</c>'s.
/// </remarks>
internal sealed class SiteRebuilder
{
    private readonly string _siteDir;
    private readonly string _origin;
    private readonly bool _drafts;
    private readonly LiveReload _reload;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _lock = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private int _generation;

    /// <summary>Builds <paramref name="siteDir"/> for a server at <paramref name="origin"/> (<c>http://127.0.0.1:4000</c>).</summary>
    public SiteRebuilder(string siteDir, string origin, bool drafts, LiveReload reload)
    {
        _siteDir = Path.GetFullPath(siteDir);
        _origin = origin;
        _drafts = drafts;
        _reload = reload;
        CacheDir = Path.Combine(_siteDir, SiteBuilder.CacheFolder, "serve");
        OutputDir = Path.Combine(CacheDir, "site");
    }

    /// <summary>Raised after every build, on the thread that ran it.</summary>
    public event Action<ServeBuild>? Built;

    /// <summary>Where serve's builds go.</summary>
    public string OutputDir { get; }

    /// <summary>Serve's build state (kept apart from <c>gazette build</c>'s).</summary>
    public string CacheDir { get; }

    /// <summary>The current snapshot; null before the first build.</summary>
    public ServeState? State { get; private set; }

    /// <summary>Asks for a build because <paramref name="changed"/> changed; requests during a build make one more.</summary>
    public void Request(IReadOnlyCollection<string> changed)
    {
        lock (_lock)
        {
            _changed.UnionWith(changed);
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>Runs requested builds until <paramref name="stopping"/> fires; a build under way is finished first.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var _ in _wake.Reader.ReadAllAsync(stopping))
            {
                string[] changed;
                lock (_lock)
                {
                    changed = [.. _changed.Order(StringComparer.Ordinal)];
                    _changed.Clear();
                }

                Build(changed);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>Builds now; <paramref name="changed"/> is empty for the first build.</summary>
    public ServeBuild Build(IReadOnlyCollection<string> changed)
    {
        // site.yml is read here only for the base path and title the server needs; the build reports its errors.
        var config = SiteConfigLoader.Load(_siteDir, new DiagnosticBag());
        var basePath = new Routes(config.BaseUrl).BasePath;
        var result = Run(new BuildOptions
        {
            SiteDir = _siteDir,
            OutputDir = OutputDir,
            CacheDir = CacheDir,
            BaseUrl = _origin + basePath,
            Drafts = _drafts,
        });

        if (result.Succeeded)
        {
            _generation++;
            State = new ServeState(OutputDir, Uri.UnescapeDataString(basePath), $"{_instance}-{_generation}", null, config.Title);
            _reload.Send("reload", State.Version);
        }
        else
        {
            var overlay = ErrorOverlay.Render(result.Diagnostics.Select(d => d.ToString()));
            State = (State ?? new ServeState(OutputDir, Uri.UnescapeDataString(basePath), $"{_instance}-0", null, config.Title)) with { Overlay = overlay };
            _reload.Send("failed", overlay);
        }

        var build = new ServeBuild(result, changed);
        Built?.Invoke(build);
        return build;
    }

    // The one place serve calls the build. An exception here is a file caught mid-save (the
    // next save rebuilds anyway) or a bug; either way serve shows it like a build error and
    // keeps serving the last good build, rather than ending the author's session.
    private static BuildResult Run(BuildOptions options)
    {
        try
        {
            return SiteBuilder.Build(options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var error = new Diagnostic(Severity.Error, new SourceSpan("gazette serve", 1, 1), $"the build stopped: {ex.GetType().Name}: {ex.Message}");
            return new BuildResult(false, [error], new BuildStats(), [], options.OutputDir!);
        }
    }
}
