using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gazette.Configuration;
using Gazette.Routing;
using Gazette.Site;

namespace Gazette.Output;

/// <summary>
/// Writes the search page's index: every published article as a compact JSON row, split into
/// parts of <see cref="ArticlesPerPart"/> articles so a large site never makes the reader wait
/// for one multi-megabyte file (the newest articles arrive first and are searchable at once).
/// </summary>
/// <remarks>
/// A part is <c>{"v":1,"s":[sections],"t":[tags],"p":[people],"a":[rows]}</c>; the first part
/// also has <c>"total"</c> (articles in all parts) and <c>"parts"</c> (the other parts' URLs,
/// relative to the base path). A row is <c>[title, summary, "yyyy-MM-dd", url, section, [tags], [people]]</c>
/// where url is relative to the base path, section is an index into <c>s</c> (-1 for none) and
/// tags and people are indexes into <c>t</c> and <c>p</c>: names repeat across thousands of
/// articles, so each part lists them once. Every non-ASCII-safe character stays readable and
/// <c>&lt; &gt; &amp; ' +</c> are escaped, so the JSON is safe even if inlined into a page.
/// </remarks>
public static class SearchIndexWriter
{
    /// <summary>Articles per part: about 0.6 MB for typical news summaries, well under the 2 MB budget per file.</summary>
    public const int ArticlesPerPart = 2500;

    /// <summary>The index format version, bumped when a row's shape changes.</summary>
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>One file of the index: where it goes, which articles it holds and (first part only) the other parts' URLs.</summary>
    public sealed record Part(Route Route, int Number, int Count, IReadOnlyList<SiteArticle> Articles, int Total, IReadOnlyList<string>? OtherParts);

    /// <summary>How <paramref name="site"/>'s articles are split into index files, first part first.</summary>
    public static IReadOnlyList<Part> Parts(SiteModel site)
    {
        var routes = site.Routes;
        var count = Math.Max(1, (site.Articles.Count + ArticlesPerPart - 1) / ArticlesPerPart);
        var parts = Enumerable.Range(1, count).Select(n => routes.SearchIndex(n)).ToList();
        return [.. Enumerable.Range(0, count).Select(i => new Part(
            parts[i],
            i + 1,
            count,
            site.Articles.Skip(i * ArticlesPerPart).Take(ArticlesPerPart).ToList(),
            site.Articles.Count,
            i == 0 ? parts.Skip(1).Select(p => Relative(routes, p.Url)).ToList() : null))];
    }

    /// <summary>The JSON of one part.</summary>
    public static byte[] Bytes(Routes routes, Part part)
    {
        var sections = new Names();
        var tags = new Names();
        var people = new Names();
        var rows = part.Articles.Select(a => new Row(
            a,
            a.Article.Section is { Length: > 0 } section ? sections.IndexOf(section) : -1,
            a.TermsOf("tags").Select(t => tags.IndexOf(t.Name)).ToList(),
            a.TermsOf(TaxonomyConfig.PeopleName).Select(t => people.IndexOf(t.Name)).ToList())).ToList();

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            if (part.OtherParts is not null)
            {
                json.WriteNumber("total", part.Total);
                Strings(json, "parts", part.OtherParts);
            }

            Strings(json, "s", sections.List);
            Strings(json, "t", tags.List);
            Strings(json, "p", people.List);
            json.WriteStartArray("a");
            foreach (var row in rows)
            {
                WriteRow(json, routes, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter json, Routes routes, Row row)
    {
        var article = row.Article.Article;
        json.WriteStartArray();
        json.WriteStringValue(article.Title);
        json.WriteStringValue(article.Summary ?? article.Subtitle ?? "");
        json.WriteStringValue(article.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStringValue(Relative(routes, row.Article.Route.Url));
        json.WriteNumberValue(row.Section);
        Numbers(json, row.Tags);
        Numbers(json, row.People);
        json.WriteEndArray();
    }

    private static string Relative(Routes routes, string url) => url[routes.BasePath.Length..];

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter json, IEnumerable<int> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    private sealed record Row(SiteArticle Article, int Section, IReadOnlyList<int> Tags, IReadOnlyList<int> People);

    /// <summary>A list of distinct names in order of first use, with each name's index.</summary>
    private sealed class Names
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> List { get; } = [];

        public int IndexOf(string name)
        {
            if (!_index.TryGetValue(name, out var index))
            {
                index = List.Count;
                _index.Add(name, index);
                List.Add(name);
            }

            return index;
        }
    }
}
