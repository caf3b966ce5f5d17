using System.Reflection;

namespace Gazette.Import;

/// <summary>Reads the importer's word lists, which ship inside the assembly (see Import/Data/).</summary>
internal static class EmbeddedData
{
    /// <summary>The non-blank lines of <c>import/&lt;name&gt;</c> that are not <c>#</c> comments, trimmed.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("import/" + name)
            ?? throw new InvalidOperationException($"embedded resource import/{name} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    /// <summary>Every whitespace-separated word of the file.</summary>
    public static IEnumerable<string> Words(string name) =>
        Lines(name).SelectMany(static line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
