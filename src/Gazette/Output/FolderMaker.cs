using System.Collections.Concurrent;

namespace Gazette.Output;

/// <summary>
/// Creates each folder of an output tree once while files are written into it in parallel;
/// every writer into a folder waits until it exists.
/// </summary>
internal sealed class FolderMaker
{
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);

    /// <summary>Makes sure the folder holding <paramref name="path"/> exists.</summary>
    public void For(string path) =>
        _ = _folders.GetOrAdd(Path.GetDirectoryName(path)!, folder => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(folder))).Value;
}
