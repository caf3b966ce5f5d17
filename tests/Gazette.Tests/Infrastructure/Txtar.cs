namespace Gazette.Tests.Infrastructure;

/// <summary>
/// Parses txtar-style text (as Hugo's integration tests use): a line <c>-- path --</c> starts a
/// file, whose content runs to the next such line.
/// </summary>
internal static class Txtar
{
    public static IReadOnlyList<(string Path, string Content)> Parse(string text)
    {
        var files = new List<(string, string)>();
        string? path = null;
        var content = new System.Text.StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    files.Add((path, content.ToString()));
                }

                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            files.Add((path, content.ToString()));
        }

        return files;
    }
}
