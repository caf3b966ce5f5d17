namespace Gazette.Incremental;

/// <summary>
/// Writes a file of the cache folder whole: beside it first, then renamed over it, so that a
/// build stopped half-way leaves the last complete file, never a torn one.
/// </summary>
internal static class CacheFile
{
    public static void Replace(string file, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + ".tmp";
        using (var stream = File.Create(temporary))
        {
            write(stream);
        }

        File.Move(temporary, file, overwrite: true);
    }

    /// <summary><see cref="Replace(string, Action{Stream})"/> with UTF-8 text.</summary>
    public static void Replace(string file, string text) =>
        Replace(file, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));
}
