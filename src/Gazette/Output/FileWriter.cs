namespace Gazette.Output;

/// <summary>
/// Creates a new file with the fewest system calls: a build creates tens of thousands, and on
/// a virtual disk the per-file calls (locks, truncation, stats by path) cost more than the bytes.
/// </summary>
internal static class FileWriter
{
    /// <summary>Writes <paramref name="bytes"/> to a file that must not exist yet; returns its modification time in ticks (UTC).</summary>
    public static long CreateNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
        return File.GetLastWriteTimeUtc(handle).Ticks;
    }
}
