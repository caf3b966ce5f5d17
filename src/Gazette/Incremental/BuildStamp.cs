using System.Globalization;
using System.Text;
using Gazette.Diagnostics;

namespace Gazette.Incremental;

/// <summary>
/// The inputs of the last successful build in one key — every content, template and config
/// file's path, size and modification time, the flags and the Gazette build — with what that
/// build reported. When nothing changed and the output is as it was written, a rebuild has
/// nothing to do but repeat the report.
/// </summary>
public sealed record BuildStamp(ulong Key, int Articles, int Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    private const string FileName = "build.stamp";
    private const string Magic = "gazette-stamp 1";

    /// <summary>
    /// The key of the inputs as they are now, or null when one of them was modified within
    /// <see cref="ArticleCache.RacyWindow"/> of <paramref name="buildStart"/>: a second edit
    /// that soon could carry the same time and size, so such inputs are never trusted unread.
    /// <paramref name="listed"/> is every file found in <paramref name="folders"/>, by full path,
    /// with the size and time the key was made from, so that the loader need not list and stat them again.
    /// </summary>
    public static ulong? Compute(string siteDir, IEnumerable<string> files, IEnumerable<string> folders, string flags, DateTime buildStart, out IReadOnlyDictionary<string, FileInfo> listed)
    {
        var found = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        listed = found;
        var key = new KeyBuilder().Add(EngineBuild.Id).Add(flags);
        var newest = 0L;
        foreach (var file in files)
        {
            var info = new FileInfo(Path.Combine(siteDir, file));
            key.Add(file).Add(info.Exists ? info.Length : -1).Add(info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
            newest = Math.Max(newest, info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
        }

        foreach (var folder in folders)
        {
            var root = new DirectoryInfo(Path.Combine(siteDir, folder));
            key.Add(folder);
            if (!root.Exists)
            {
                continue;
            }

            foreach (var info in root.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                key.Add(info.FullName).Add(info.Length).Add(info.LastWriteTimeUtc.Ticks);
                newest = Math.Max(newest, info.LastWriteTimeUtc.Ticks);
                found.TryAdd(info.FullName, info);
            }
        }

        return newest < (buildStart - ArticleCache.RacyWindow).Ticks ? key.Key : null;
    }

    /// <summary>The stamp in <paramref name="cacheDir"/>, or null when there is none or it cannot be read.</summary>
    public static BuildStamp? Load(string cacheDir)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(cacheDir, FileName));
            if (lines.Length < 2 || lines[0] != Magic)
            {
                return null;
            }

            var head = lines[1].Split(' ');
            var diagnostics = lines.Skip(2).Select(line =>
            {
                var f = line.Split('\t');
                return new Diagnostic(Enum.Parse<Severity>(f[0]), new SourceSpan(Unescape(f[3]), Int(f[1]), Int(f[2])), Unescape(f[4]));
            }).ToList();
            return new BuildStamp(ulong.Parse(head[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), Int(head[1]), Int(head[2]), diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Saves this stamp in <paramref name="cacheDir"/>.</summary>
    public void Save(string cacheDir)
    {
        var text = new StringBuilder().Append(Magic).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"{Key:x16} {Articles} {Files}\n");
        foreach (var d in Diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.Severity}\t{d.Span.Line}\t{d.Span.Column}\t{Escape(d.Span.Path)}\t{Escape(d.Message)}\n");
        }

        try
        {
            CacheFile.Replace(Path.Combine(cacheDir, FileName), text.ToString());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without a stamp the next build just does the work.
        }
    }

    /// <summary>Forgets the stamp, so the next build cannot skip its work.</summary>
    public static void Delete(string cacheDir)
    {
        try
        {
            File.Delete(Path.Combine(cacheDir, FileName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var c => c });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
