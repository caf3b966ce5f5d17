namespace Gazette.Output;

/// <summary>
/// Holds rendered pages on disk, not in memory, until the build has succeeded: at 100,000
/// articles the output is gigabytes. Nothing reaches the output folder from here unless the
/// whole build succeeded; the staging folder is removed either way.
/// </summary>
/// <remarks>
/// When the output folder does not exist yet, pages are staged in the output's own layout
/// (<see cref="Tree"/>), so that the finished site is put in place by renaming one folder
/// rather than moving every file into folders made a second time.
/// </remarks>
public sealed class OutputStaging : IDisposable
{
    private readonly string _dir;
    private readonly FolderMaker _folders = new();
    private int _count;

    /// <summary>Stages into a folder of its own under <paramref name="cacheDir"/>; with <paramref name="asTree"/>, laid out as the output will be.</summary>
    public OutputStaging(string cacheDir, bool asTree = false)
    {
        _dir = Path.Combine(cacheDir, "staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        if (asTree)
        {
            Tree = Path.GetFullPath(Path.Combine(_dir, "site"));
            Directory.CreateDirectory(Tree);
        }
    }

    /// <summary>The staged site laid out as the output folder, or null when files are staged flat.</summary>
    public string? Tree { get; }

    /// <summary>Writes <paramref name="file"/>'s bytes to a staging file and returns it without them.</summary>
    public OutputFile Stage(OutputFile file) => Stage(file, file.Bytes);

    /// <summary>Writes <paramref name="bytes"/> to a staging file and returns <paramref name="file"/> without bytes, pointing there.</summary>
    public OutputFile Stage(OutputFile file, ReadOnlySpan<byte> bytes)
    {
        var path = Tree is null
            ? Path.Combine(_dir, Interlocked.Increment(ref _count).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : InTree(file.Path);
        var ticks = FileWriter.CreateNew(path, bytes);
        return file with { Bytes = [], Staged = new StagedBytes(path, OutputManifest.Hash(bytes), bytes.Length, ticks) };
    }

    // The same guard as for the output folder: no output path may leave the staged tree.
    private string InTree(string relative)
    {
        var path = OutputFolder.Resolve(Tree!, relative);
        _folders.For(path);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder in the cache is harmless; the cache is safe to delete.
        }
    }
}
