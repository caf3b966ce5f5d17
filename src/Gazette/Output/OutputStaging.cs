namespace Gazette.Output;

/// <summary>
/// Holds rendered pages on disk, not in memory, until the build has succeeded: at 100,000
/// articles the output is gigabytes. Nothing reaches the output folder from here unless the
/// whole build succeeded; the staging folder is removed either way.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private readonly string _dir;
    private int _count;

    /// <summary>Stages into a folder of its own under <paramref name="cacheDir"/>.</summary>
    public OutputStaging(string cacheDir)
    {
        _dir = Path.Combine(cacheDir, "staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    /// <summary>Writes <paramref name="file"/>'s bytes to a staging file and returns it without them.</summary>
    public OutputFile Stage(OutputFile file)
    {
        var path = Path.Combine(_dir, Interlocked.Increment(ref _count).ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.WriteAllBytes(path, file.Bytes);
        return file with { Bytes = [], Staged = new StagedBytes(path, OutputManifest.Hash(file.Bytes), file.Bytes.Length) };
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
