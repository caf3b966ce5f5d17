using System.Text;
using Gazette.Templates;

namespace Gazette.Scaffolding;

/// <summary>
/// Writes a new site that builds at once (<c>gazette new</c>): a commented site.yml, one
/// example article and person showing every front matter and people.yml key, the built-in
/// theme copied into <c>templates/</c> to edit, and a .gitignore for the build's own folders.
/// </summary>
public static class SiteScaffolder
{
    /// <summary>
    /// Why <paramref name="dir"/> cannot take a new site, or null when it can: it must be
    /// missing or an empty folder, so that nothing of the user's is ever overwritten.
    /// </summary>
    public static string? Refusal(string dir)
    {
        if (File.Exists(dir))
        {
            return $"'{dir}' is a file; give a new or empty folder";
        }

        return Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any()
            ? $"'{dir}' is not empty; give a new or empty folder so that nothing in it is overwritten"
            : null;
    }

    /// <summary>
    /// Every file of a new site, by path relative to the site folder ('/' separators), in the
    /// order they are written. <paramref name="today"/> dates the example article.
    /// </summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(string title, DateOnly today)
    {
        var files = new List<(string, byte[])>
        {
            ("site.yml", Utf8(ScaffoldText.SiteYml(title))),
            ("content/articles/welcome-to-gazette.md", Utf8(ScaffoldText.Article(today))),
            ("content/people.yml", Utf8(ScaffoldText.PeopleYml)),
            (".gitignore", Utf8(ScaffoldText.GitIgnore)),
        };
        files.AddRange(ThemeFiles.Names.Select(name => ("templates/" + name, ThemeFiles.Read(name))));
        return files;
    }

    /// <summary>
    /// Creates <paramref name="dir"/> (and its parents) and writes <see cref="Files"/> into it;
    /// the title comes from the folder's name. Returns the paths written. Call
    /// <see cref="Refusal"/> first: this overwrites.
    /// </summary>
    public static IReadOnlyList<string> Create(string dir, DateOnly today)
    {
        var root = Path.GetFullPath(dir);
        var files = Files(TitleFrom(Path.GetFileName(Path.TrimEndingDirectorySeparator(root))), today);
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        return files.Select(f => f.Path).ToList();
    }

    /// <summary>A site title from a folder name: <c>my-news</c> → <c>My News</c>.</summary>
    public static string TitleFrom(string folderName)
    {
        var words = folderName.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "Gazette"
            : string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    // No byte order mark: the theme files have none either, and YAML tools prefer it absent.
    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text.ReplaceLineEndings("\n"));
}
