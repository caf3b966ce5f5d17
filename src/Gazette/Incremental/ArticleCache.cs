using System.Collections.Concurrent;
using Gazette.Content;
using Gazette.Diagnostics;

namespace Gazette.Incremental;

/// <summary>
/// Parsed articles from the last build, keyed by file path, size and modification time, so
/// a rebuild parses only the files that changed. Bodies are not stored for Markdown files: an
/// article restored from here reads its body from its own file on first use.
/// </summary>
/// <remarks>
/// The file starts with a key made of the Gazette build, site.yml and people.yml (raw articles
/// are converted with both); a cache written under any other key is ignored. Articles whose
/// reading reported anything are never stored, so their diagnostics are reported every build.
/// Nor are files modified within <see cref="RacyWindow"/> of the build's start: a file system
/// with coarse timestamps could give a second edit in that window the same time and size.
/// </remarks>
public sealed class ArticleCache
{
    private const string FileName = "articles.cache";
    private const string Magic = "gazette-articles 1";
    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _next = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly ulong _key;
    private readonly long _trustedBefore;

    private ArticleCache(string file, ulong key, Dictionary<string, Entry> previous, DateTime buildStart)
    {
        _file = file;
        _key = key;
        _previous = previous;
        _trustedBefore = (buildStart - RacyWindow).Ticks;
    }

    /// <summary>How recent a modification time must not be for a file to be cached.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private sealed record Entry(long Size, long WriteTicks, Article Article);

    /// <summary>How many articles were restored rather than parsed.</summary>
    public int Reused => _reused;

    private int _reused;

    /// <summary>
    /// How many articles the cache in <paramref name="cacheDir"/> holds, whatever build or config
    /// wrote it: the size of the site last built there. 0 when there is no readable cache.
    /// </summary>
    public static int CountIn(string cacheDir)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(Path.Combine(cacheDir, FileName)));
            return Math.Max(0, ReadHeader(reader)?.Count ?? 0);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            return 0;
        }
    }

    /// <summary>Opens the cache in <paramref name="cacheDir"/>; a missing, damaged or foreign one is empty.</summary>
    public static ArticleCache Open(string cacheDir, ulong key, DateTime buildStart)
    {
        var file = Path.Combine(cacheDir, FileName);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(file))
            {
                using var reader = new BinaryReader(File.OpenRead(file));
                if (ReadHeader(reader) is { } header && header.Key == key)
                {
                    for (var count = header.Count; count > 0; count--)
                    {
                        var path = reader.ReadString();
                        var size = reader.ReadInt64();
                        var ticks = reader.ReadInt64();
                        entries[path] = new Entry(size, ticks, ArticleCodec.Read(reader, path));
                    }
                }
            }
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            entries.Clear(); // a damaged cache is no cache
        }

        return new ArticleCache(file, key, entries, buildStart);
    }

    // The file starts with the magic string, the key it was written under and its entry count.
    private static (ulong Key, int Count)? ReadHeader(BinaryReader reader) =>
        reader.ReadString() == Magic ? (reader.ReadUInt64(), reader.ReadInt32()) : null;

    private static bool IsDamage(Exception ex) =>
        ex is IOException or EndOfStreamException or FormatException or InvalidDataException or UnauthorizedAccessException;

    /// <summary>The cached article for <paramref name="path"/> if its file is as it was, with its body read from <paramref name="fullPath"/> on demand.</summary>
    public Article? TryGet(string path, string fullPath, FileInfo info)
    {
        if (!_previous.TryGetValue(path, out var entry) || entry.Size != info.Length || entry.WriteTicks != info.LastWriteTimeUtc.Ticks)
        {
            return null;
        }

        _next[path] = entry;
        Interlocked.Increment(ref _reused);
        return IsRaw(path) ? entry.Article : entry.Article with { BodyLoader = () => ReadBody(path, fullPath) };
    }

    /// <summary>Remembers a freshly read article for the next build.</summary>
    public void Add(string path, FileInfo info, Article article)
    {
        if (info.LastWriteTimeUtc.Ticks < _trustedBefore)
        {
            _next[path] = new Entry(info.Length, info.LastWriteTimeUtc.Ticks, article);
        }
    }

    /// <summary>Writes what this build read; files no longer present are dropped.</summary>
    public void Save()
    {
        try
        {
            CacheFile.Replace(_file, stream =>
            {
                using var writer = new BinaryWriter(stream);
                writer.Write(Magic);
                writer.Write(_key);
                var entries = _next.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
                writer.Write(entries.Count);
                foreach (var (path, entry) in entries)
                {
                    writer.Write(path);
                    writer.Write(entry.Size);
                    writer.Write(entry.WriteTicks);
                    ArticleCodec.Write(writer, entry.Article, storeBody: IsRaw(path));
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; a build that cannot keep it is still a good build.
        }
    }

    private static bool IsRaw(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    // The body as ArticleReader would have taken it; the file was unchanged when the build began.
    private static string ReadBody(string path, string fullPath)
    {
        var text = TextDecoder.DecodeUtf8(path, File.ReadAllBytes(fullPath), new DiagnosticBag()) ?? "";
        return FrontMatterSplitter.Split(text)?.Body ?? "";
    }
}
