using Gazette.Build;
using Gazette.Configuration;
using Gazette.Diagnostics;

namespace Gazette.Cli.Serve;

/// <summary>
/// Watches what a build reads (site.yml, the content folder with people.yml, the templates
/// folder) and reports each burst of changes once, after <c>debounce</c> of quiet: an editor's
/// save is often several events (write a temporary file, rename it over the old one, touch
/// the folder), and they should cost one rebuild.
/// </summary>
/// <remarks>
/// The output and cache folders are ignored, so the rebuild's own writes never trigger
/// another. Watchers are set up again when site.yml changes (it may move the content or
/// templates folder) or when one of those folders appears, disappears or is renamed.
/// </remarks>
internal sealed class SiteWatcher : IDisposable
{
    private readonly string _siteDir;
    private readonly TimeSpan _debounce;
    private readonly Action<IReadOnlyCollection<string>> _changed;
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private List<FileSystemWatcher> _watchers = [];
    private Targets _targets = null!;
    private bool _rearm;
    private bool _disposed;

    /// <summary>Starts watching <paramref name="siteDir"/>; <paramref name="changed"/> gets the full paths of each burst.</summary>
    public SiteWatcher(string siteDir, TimeSpan debounce, Action<IReadOnlyCollection<string>> changed)
    {
        _siteDir = Full(siteDir);
        _debounce = debounce;
        _changed = changed;
        _timer = new Timer(_ => Flush());
        lock (_lock)
        {
            // At start a folder that cannot be watched (inotify limits, permissions) is an error
            // the author must see; later, when watchers are set up again, the rest carry on.
            if (Arm() is [var failure, ..])
            {
                Dispose();
                throw new ServeException(failure);
            }
        }
    }

    private sealed record Targets(string SiteYml, string ContentDir, string TemplatesDir, IReadOnlyList<string> Ignored);

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _watchers.ForEach(w => w.Dispose());
            _timer.Dispose();
        }
    }

    private List<string> Arm()
    {
        _watchers.ForEach(w => w.Dispose());
        var config = SiteConfigLoader.Load(_siteDir, new DiagnosticBag());
        _targets = new Targets(
            Path.Combine(_siteDir, SiteConfigLoader.FileName),
            Full(Path.Combine(_siteDir, config.ContentDir)),
            Full(Path.Combine(_siteDir, config.TemplatesDir)),
            [Full(Path.Combine(_siteDir, SiteBuilder.CacheFolder)), Full(Path.Combine(_siteDir, config.Output)), Path.Combine(_siteDir, ".git")]);

        // The site folder itself only for site.yml and the two folders coming and going; a
        // recursive watch there would follow the output, the cache and (in a repository) src/.
        var sources = new[] { _targets.ContentDir, _targets.TemplatesDir }.Distinct().Where(Directory.Exists).ToList();
        var folders = sources.Where(dir => dir != _siteDir && !sources.Any(other => other != dir && Inside(dir, other)))
            .Select(dir => (dir, recursive: true))
            .Prepend((_siteDir, recursive: sources.Contains(_siteDir)));
        var failures = new List<string>();
        _watchers = [];
        foreach (var (dir, recursive) in folders)
        {
            try
            {
                _watchers.Add(Watch(dir, recursive));
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                failures.Add($"cannot watch {dir}: {ex.Message}");
            }
        }

        return failures;
    }

    private FileSystemWatcher Watch(string dir, bool recursive)
    {
        var watcher = new FileSystemWatcher(dir)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        try
        {
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;

            // Events were lost (the buffer overflowed): rebuild, and watch afresh.
            watcher.Error += (_, _) => Note(_targets.ContentDir, rearm: true);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch
        {
            watcher.Dispose();
            throw;
        }
    }

    private void OnEvent(object? sender, FileSystemEventArgs e)
    {
        // A save-as-rename reports the new name; the old one matters too when a file is renamed away.
        Consider(e.FullPath);
        if (e is RenamedEventArgs renamed)
        {
            Consider(renamed.OldFullPath);
        }
    }

    private void Consider(string path)
    {
        var targets = _targets;
        if (IsEditorScratch(Path.GetFileName(path)) || targets.Ignored.Any(dir => path == dir || Inside(path, dir)))
        {
            return;
        }

        // A source folder (or a folder above it) appearing, vanishing or being renamed moves what must be watched.
        var movesSource = path == targets.SiteYml || new[] { targets.ContentDir, targets.TemplatesDir }.Any(dir => path == dir || Inside(dir, path));
        if (movesSource || Inside(path, targets.ContentDir) || Inside(path, targets.TemplatesDir))
        {
            Note(path, movesSource);
        }
    }

    private void Note(string path, bool rearm)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _pending.Add(path);
            _rearm |= rearm;
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] changed;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            changed = [.. _pending.Order(StringComparer.Ordinal)];
            _pending.Clear();
            if (_rearm)
            {
                _rearm = false;
                _ = Arm();
            }
        }

        if (changed.Length > 0)
        {
            _changed(changed);
        }
    }

    // Swap, backup and lock files editors keep beside the file being edited; saving the real
    // file reports its own event, so these would only cost extra rebuilds.
    private static bool IsEditorScratch(string name) =>
        name.StartsWith(".#", StringComparison.Ordinal) || name.EndsWith('~') || name == "4913"
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal);

    private static bool Inside(string path, string dir) => path.StartsWith(dir + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
