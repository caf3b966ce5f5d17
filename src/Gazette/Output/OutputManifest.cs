using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Gazette.Output;

/// <summary>
/// What the last build wrote: each output file's content hash, size and modification time,
/// kept in the cache folder. A file whose size and time still match its entry, and whose new
/// content hashes the same, is known unchanged without reading it back.
/// </summary>
/// <remarks>
/// The first line names the Gazette version and the output folder; a manifest from another
/// version or for another folder is ignored, never trusted. Deleting the cache folder is always
/// safe: the next build compares bytes instead.
/// </remarks>
internal sealed class OutputManifest
{
    private const string FileName = "output.manifest";
    private readonly Dictionary<string, Entry> _entries;

    private OutputManifest(Dictionary<string, Entry> entries) => _entries = entries;

    /// <summary>One file as written.</summary>
    public readonly record struct Entry(ulong Hash, long Size, long WriteTicks);

    /// <summary>The content hash used in entries.</summary>
    public static ulong Hash(byte[] bytes) => XxHash3.HashToUInt64(bytes);

    /// <summary>The entry for a relative output path, if the last build wrote it.</summary>
    public bool TryGet(string path, out Entry entry) => _entries.TryGetValue(path, out entry);

    /// <summary>Loads the manifest for <paramref name="outputDir"/>, or an empty one.</summary>
    public static OutputManifest Load(string? cacheDir, string outputDir)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var file = cacheDir is null ? null : Path.Combine(cacheDir, FileName);
        if (file is null || !File.Exists(file))
        {
            return new OutputManifest(entries);
        }

        try
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            if (reader.ReadLine() != Header(outputDir))
            {
                return new OutputManifest(entries);
            }

            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(' ', 4);
                entries[parts[3]] = new Entry(
                    ulong.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    long.Parse(parts[1], CultureInfo.InvariantCulture),
                    long.Parse(parts[2], CultureInfo.InvariantCulture));
            }
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            entries.Clear(); // a damaged cache is no cache
        }

        return new OutputManifest(entries);
    }

    /// <summary>Saves <paramref name="entries"/> as the manifest for <paramref name="outputDir"/>.</summary>
    public static void Save(string? cacheDir, string outputDir, IEnumerable<(string Path, Entry Entry)> entries)
    {
        if (cacheDir is null)
        {
            return;
        }

        Directory.CreateDirectory(cacheDir);
        var text = new StringBuilder().Append(Header(outputDir)).Append('\n');
        foreach (var (path, entry) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Hash:x16} {entry.Size} {entry.WriteTicks} {path}\n");
        }

        var file = Path.Combine(cacheDir, FileName);
        File.WriteAllText(file + ".tmp", text.ToString());
        File.Move(file + ".tmp", file, overwrite: true);
    }

    private static string Header(string outputDir) =>
        $"gazette-output-manifest 1 {Build.SiteBuilder.Generator} {Path.GetFullPath(outputDir)}";
}
