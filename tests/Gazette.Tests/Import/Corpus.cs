using System.Text.Json;

namespace Gazette.Tests.Import;

/// <summary>One sample article of ../shared/corpus with its gold.json entry.</summary>
public sealed record CorpusArticle(string Name, string Path, JsonElement Gold)
{
    /// <summary>The layout (L1 … L8).</summary>
    public string Layout => Gold.GetProperty("layout").GetString()!;

    /// <summary>A gold string field, or null.</summary>
    public string? Text(string key) => Gold.GetProperty(key).ValueKind == JsonValueKind.Null ? null : Gold.GetProperty(key).GetString();

    /// <summary>A gold list of strings.</summary>
    public IReadOnlyList<string> List(string key) => [.. Gold.GetProperty(key).EnumerateArray().Select(static e => e.GetString()!)];

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Finds ../shared/corpus by walking up from the test binaries and reads every gold.json.</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusArticle>> Articles = new(Load);

    /// <summary>Every article of seed/ and dev/, in a stable order.</summary>
    public static IReadOnlyList<CorpusArticle> All => Articles.Value;

    /// <summary>The article called <paramref name="name"/>.</summary>
    public static CorpusArticle Get(string name) => All.Single(a => a.Name == name);

    /// <summary>File names, for theories.</summary>
    public static TheoryData<string> Names => [.. All.Select(static a => a.Name)];

    /// <summary>The shared/corpus folder: beside an ancestor of the test binaries, or beside its parent.</summary>
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared", "corpus"), Path.Combine(dir.FullName, "..", "shared", "corpus") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/corpus not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<CorpusArticle> Load()
    {
        var articles = new List<CorpusArticle>();
        foreach (string gold in Directory.GetFiles(Folder(), "gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(gold));
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                articles.Add(new CorpusArticle(entry.Name, Path.Combine(Path.GetDirectoryName(gold)!, entry.Name), entry.Value.Clone()));
            }
        }

        return articles;
    }
}
