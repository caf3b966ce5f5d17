using System.Text;
using Gazette.People;

namespace Gazette.Import;

/// <summary>
/// <c>--update-registry</c>: appends the people an import found that people.yml lacks, with the
/// role the text gave them. Existing entries are never touched: the file is only appended to.
/// </summary>
internal static class RegistryUpdater
{
    public static IReadOnlyList<string> Append(string peopleFile, PersonRegistry registry, IReadOnlyList<ImportItem> items)
    {
        var added = new List<string>();
        var text = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in items.Where(i => i.Outcome == ImportOutcome.Written).Select(i => i.Article!))
        {
            foreach (var name in article.People)
            {
                if (registry.Find(name) is not null || !seen.Add(name) || !name.Contains(' ', StringComparison.Ordinal))
                {
                    continue; // known, already added, or a bare surname that needs a human to complete it
                }

                text.Append("- name: ");
                YamlScalar.AppendQuoted(text, name);
                text.Append('\n');
                if (article.Roles.TryGetValue(name, out var role))
                {
                    text.Append("  role: ");
                    YamlScalar.AppendQuoted(text, role);
                    text.Append('\n');
                }

                added.Add(name);
            }
        }

        if (added.Count > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(peopleFile)!);
            var existing = File.Exists(peopleFile) ? File.ReadAllText(peopleFile) : "";
            var separator = existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : "";
            File.AppendAllText(peopleFile, separator + text);
        }

        return added;
    }
}
