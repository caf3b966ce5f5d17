namespace Gazette.Tests.Infrastructure;

/// <summary>Copies of repository folders for tests that run a tool on them.</summary>
internal static class Folders
{
    /// <summary>Copies every file under <paramref name="from"/> matching <paramref name="pattern"/> to the same place under <paramref name="to"/>.</summary>
    public static void Copy(string from, string to, string pattern = "*")
    {
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
