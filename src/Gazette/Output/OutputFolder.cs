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

    /// <summary>
    /// Makes <paramref name="outputDir"/> hold exactly <paramref name="files"/>, in parallel.
    /// With a <paramref name="cacheDir"/>, the manifest of the last build spares reading back
    /// files that are unchanged; files <see cref="OutputFile.Kept"/> are left as they are.
    /// </summary>
    /// With a <paramref name="staging"/> laid out as a tree and no output folder yet, the staged
    /// tree is renamed into place whole.
    public static WriteStats Write(string outputDir, IReadOnlyList<OutputFile> files, string? cacheDir = null, OutputManifest? manifest = null, OutputStaging? staging = null)
    {
        var root = Full(outputDir);
        if (staging?.Tree is not null && !Path.Exists(root) && files.All(f => !f.Kept))
        {
            files = [.. files.AsParallel().AsOrdered().Select(f => f.Staged is null ? staging.Stage(f) : f)];
            if (TryPlaceTree(staging.Tree, root))
            {
                OutputManifest.Save(cacheDir, root, files.Select(f => (f.Path, new OutputManifest.Entry(f.Staged!.Hash, f.Staged.Length, f.Staged.WriteTicks, f.Key, f.Read))));
                return new WriteStats(files.Count, 0, 0);
            }
        }

        Directory.CreateDirectory(root);
        manifest ??= OutputManifest.Load(cacheDir, root);
        var entries = new (string, OutputManifest.Entry)[files.Count];
        var paths = new string[files.Count];
        var folders = new FolderMaker();
        int written = 0, unchanged = 0;
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            var path = paths[i] = Resolve(root, file.Path);
            if (file.Kept)
            {
                entries[i] = (file.Path, manifest.TryGet(file.Path, out var kept) ? kept with { Key = file.Key, Read = file.Read } : throw new InvalidOperationException($"{file.Path} was kept but the last build did not write it"));
                Interlocked.Increment(ref unchanged);
                return;
            }

            var hash = file.Staged?.Hash ?? OutputManifest.Hash(file.Bytes);
            var info = new FileInfo(path);
            if (info.Exists && Unchanged(info, file, hash, manifest))
            {
                Interlocked.Increment(ref unchanged);
            }
            else
            {
                folders.For(path);

                // A new file is written in place; an existing one is replaced whole, never left half-written.
                if (file.Staged is { } staged)
                {
                    File.Move(staged.File, path, overwrite: true);
                }
                else if (info.Exists)
                {
                    File.WriteAllBytes(path + ".gazette-tmp", file.Bytes);
                    File.Move(path + ".gazette-tmp", path, overwrite: true);
                }
                else
                {
                    File.WriteAllBytes(path, file.Bytes);
                }

                Interlocked.Increment(ref written);
                info.Refresh();
            }

            entries[i] = (file.Path, new OutputManifest.Entry(hash, info.Length, info.LastWriteTimeUtc.Ticks, file.Key, file.Read));
        });

        var removed = RemoveStale(root, new HashSet<string>(paths, StringComparer.Ordinal), manifest);
        OutputManifest.Save(cacheDir, root, entries);
        return new WriteStats(written, unchanged, removed);
    }

    // A rename keeps every file's modification time, so the staged times stand in the manifest.
    // Another file system (the cache elsewhere than the output) refuses the rename: the caller
    // then moves file by file.
    private static bool TryPlaceTree(string tree, string root)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        try
        {
            Directory.Move(tree, root);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool Unchanged(FileInfo info, OutputFile file, ulong hash, OutputManifest manifest)
    {
        if (info.Length != file.Length)
        {
            return false;
        }

        if (manifest.TryGet(file.Path, out var entry) && entry.Size == info.Length && entry.WriteTicks == info.LastWriteTimeUtc.Ticks)
        {
            return entry.Hash == hash;
        }

        var bytes = file.Staged is { } staged ? File.ReadAllBytes(staged.File) : file.Bytes;
        return File.ReadAllBytes(info.FullName).AsSpan().SequenceEqual(bytes);
    }

    private static int RemoveStale(string root, HashSet<string> wanted, OutputManifest manifest)
    {
        // A checked-out deploy branch in the output folder is the user's, not ours: a .git
        // folder (a clone), or a .git file (git worktree add _site gh-pages).
        var gitFile = Path.Combine(root, ".git");
        var git = gitFile + Path.DirectorySeparatorChar;
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var removed = 0;

        // With a manifest, what the last build wrote and this one does not is what is stale;
        // without one, every file in the folder is looked at.
        var candidates = manifest.Count > 0
            ? manifest.Paths.Select(p => Resolve(root, p))
            : Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories);
        foreach (var file in candidates)
        {
            if (!wanted.Contains(file) && file != gitFile && !file.StartsWith(git, StringComparison.Ordinal) && File.Exists(file))
            {
                File.Delete(file);
                emptied.Add(Path.GetDirectoryName(file)!);
                removed++;
            }
        }

        // Only folders that lost a file can have become empty; walk up from those.
        foreach (var start in emptied.OrderByDescending(d => d.Length))
        {
            for (var dir = start; dir.Length > root.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!)
            {
                Directory.Delete(dir);
            }
        }

        return removed;
    }

    // Output paths come from slugs and asset names; this is the last guard that none escapes the folder.
    internal static string Resolve(string root, string relative)
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
