using Gazette.Diagnostics;

namespace Gazette.Output;

/// <summary>
/// Writes the built site into the output folder: only files whose bytes changed are written
/// (so modification times and incremental deploys stay meaningful), files no longer produced
/// are removed, and nothing outside the folder is ever touched.
/// </summary>
public static class OutputFolder
{
    /// <summary>What a write did.</summary>
    public sealed record WriteStats(int Written, int Unchanged, int Removed);

    /// <summary>
    /// Refuses an output folder that is the site folder, holds the site's content or templates,
    /// or lies inside them (a build would then read its own output, or wipe the sources).
    /// </summary>
    public static bool Check(string outputDir, string siteDir, IEnumerable<string> sourceDirs, SourceSpan span, DiagnosticBag diagnostics)
    {
        var output = Full(outputDir);
        var site = Full(siteDir);
        string Shown(string path) => Path.GetRelativePath(site, path).Replace('\\', '/');
        foreach (var source in sourceDirs.Select(Full).Prepend(site))
        {
            if (IsSameOrInside(source, output))
            {
                var what = source == output ? "is" : "contains";
                var which = source == site ? "the site folder" : $"the source folder {Shown(source)}";
                diagnostics.Error(span, $"the output folder {Shown(output)} {what} {which}, which a build would overwrite; choose a folder of its own such as _site");
                return false;
            }

            if (source != site && IsSameOrInside(output, source))
            {
                diagnostics.Error(span, $"the output folder {Shown(output)} is inside the source folder {Shown(source)}; choose a folder of its own such as _site");
                return false;
            }
        }

        return true;
    }

    /// <summary>Makes <paramref name="outputDir"/> hold exactly <paramref name="files"/>.</summary>
    public static WriteStats Write(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var root = Full(outputDir);
        Directory.CreateDirectory(root);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        int written = 0, unchanged = 0;
        foreach (var file in files)
        {
            var path = Resolve(root, file.Path);
            wanted.Add(path);
            if (File.Exists(path) && SameBytes(path, file.Bytes))
            {
                unchanged++;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".gazette-tmp";
            File.WriteAllBytes(temp, file.Bytes);
            File.Move(temp, path, overwrite: true);
            written++;
        }

        var removed = RemoveStale(root, wanted);
        return new WriteStats(written, unchanged, removed);
    }

    private static int RemoveStale(string root, HashSet<string> wanted)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            // A checked-out deploy branch in the output folder is the user's, not ours.
            if (!wanted.Contains(file) && !IsUnderGit(root, file))
            {
                File.Delete(file);
                removed++;
            }
        }

        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!IsUnderGit(root, dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }

        return removed;
    }

    private static bool IsUnderGit(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/').Split('/')[0] == ".git";

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    // Output paths come from slugs and asset names; this is the last guard that none escapes the folder.
    private static string Resolve(string root, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!IsSameOrInside(path, root) || path == root)
        {
            throw new InvalidOperationException($"output path '{relative}' leaves the output folder");
        }

        return path;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}