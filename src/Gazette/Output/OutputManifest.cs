using System.Globalization;
using System.Text;

namespace Gazette.Output;

/// <summary>
/// What the last build wrote: each output file's content hash, size, modification time and
/// the key it was made from, kept in the cache folder. A file whose size and time still match its entry, and whose new
/// content hashes the same, is known unchanged without reading it back.
/// </summary>
/// <remarks>
/// The first line names the Gazette version and the output folder; a manifest from another
/// version or for another folder is ignored, never trusted. Deleting the cache folder is always
/// safe: the next build compares bytes instead.
/// </remarks>
public sealed class OutputManifest
{
    // One manifest per output folder, so building into a second folder does not erase what is known of the first.
    private static string FileName(string outputDir) =>
        $"output-{Incremental.KeyBuilder.Of(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(outputDir))):x16}.manifest";
    private readonly Dictionary<string, Entry> _entries;
    private readonly string _root;
    private Task<HashSet<string>>? _damaged;

    private OutputManifest(Dictionary<string, Entry> entries, string root)
    {
        _entries = entries;
        _root = root;
    }

    /// <summary>One file as written, the key it was made from (0 when none) and, for a page, what it read of listed articles' bodies.</summary>
    public readonly record struct Entry(ulong Hash, long Size, long WriteTicks, ulong Key, Templates.BodyFields Read = Templates.BodyFields.None);

    /// <summary>The relative paths the last build wrote.</summary>
    public IEnumerable<string> Paths => _entries.Keys;

    /// <summary>How many files the last build wrote.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Starts checking, in the background, that every file the last build wrote is still as it
    /// was written. Tens of thousands of stat calls are most of what an incremental build's
    /// page stage costs; begun before the content is loaded, they run on a core that loading
    /// and assembling leave idle.
    /// </summary>
    public void StartChecking() => _damaged ??= Task.Run(Damaged);

    /// <summary>
    /// True when the last build wrote <paramref name="path"/> from <paramref name="key"/> and the
    /// file is still as it was written (same size and modification time): it need not be made again.
    /// </summary>
    public bool IsIntact(string path, ulong key)
    {
        if (key == 0 || !_entries.TryGetValue(path, out var entry) || entry.Key != key)
        {
            return false;
        }

        return _damaged is { } damaged ? !damaged.Result.Contains(path) : OnDisk(path, entry);
    }

    /// <summary>True when every file the last build wrote is still as it was written.</summary>
    public bool AllIntact()
    {
        StartChecking();
        return _entries.Count > 0 && _damaged!.Result.Count == 0;
    }

    private HashSet<string> Damaged() =>
        _entries.AsParallel().Where(e => !OnDisk(e.Key, e.Value)).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

    private bool OnDisk(string path, Entry entry)
    {
        var info = new FileInfo(Path.Combine(_root, path));
        return info.Exists && info.Length == entry.Size && info.LastWriteTimeUtc.Ticks == entry.WriteTicks;
    }

    /// <summary>The content hash used in entries.</summary>
    public static ulong Hash(ReadOnlySpan<byte> bytes) => Incremental.KeyBuilder.Of(bytes);

    /// <summary>What the page at <paramref name="path"/> read of listed articles' bodies when last written; null when it was not.</summary>
    public Templates.BodyFields? ReadBy(string path) => _entries.TryGetValue(path, out var entry) ? entry.Read : null;

    /// <summary>The entry for a relative output path, if the last build wrote it.</summary>
    public bool TryGet(string path, out Entry entry) => _entries.TryGetValue(path, out entry);

    /// <summary>Loads the manifest for <paramref name="outputDir"/>, or an empty one.</summary>
    public static OutputManifest Load(string? cacheDir, string outputDir)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var file = cacheDir is null ? null : Path.Combine(cacheDir, FileName(outputDir));
        if (file is null || !File.Exists(file))
        {
            return new OutputManifest(entries, outputDir);
        }

        try
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            if (reader.ReadLine() != Header(outputDir))
            {
                return new OutputManifest(entries, outputDir);
            }

            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(' ', 6);
                entries[parts[5]] = new Entry(
                    ulong.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    long.Parse(parts[1], CultureInfo.InvariantCulture),
                    long.Parse(parts[2], CultureInfo.InvariantCulture),
                    ulong.Parse(parts[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    (Templates.BodyFields)int.Parse(parts[4], CultureInfo.InvariantCulture));
            }
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            entries.Clear(); // a damaged cache is no cache
        }

        return new OutputManifest(entries, outputDir);
    }

    /// <summary>Saves <paramref name="entries"/> as the manifest for <paramref name="outputDir"/>.</summary>
    public static void Save(string? cacheDir, string outputDir, IEnumerable<(string Path, Entry Entry)> entries)
    {
        if (cacheDir is null)
        {
            return;
        }

        var text = new StringBuilder().Append(Header(outputDir)).Append('\n');
        foreach (var (path, entry) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Hash:x16} {entry.Size} {entry.WriteTicks} {entry.Key:x16} {(int)entry.Read} {path}\n");
        }

        Incremental.CacheFile.Replace(Path.Combine(cacheDir, FileName(outputDir)), text.ToString());
    }

    private static string Header(string outputDir) =>
        $"gazette-output-manifest 3 {Incremental.EngineBuild.Id} {Path.GetFullPath(outputDir)}";
}
