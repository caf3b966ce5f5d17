using System.Text;

using CsCheck;

using Gazette.Diagnostics;
using Gazette.Import;

using YamlDotNet.Serialization;

namespace Gazette.Tests.Import;

/// <summary>Properties over generated input: the importer never throws, its YAML and Markdown stay inert.</summary>
public sealed class PropertyTests
{
    // Characters that mean something to Markdown, HTML, YAML or the importer's own rules.
    private const string Tricky = "*_#<>[]`\\&!|~-+=.:;,'\"“”‘’()/{}%@?^$ \t•–—…€£0123456789aAbBzZéÅßÿ日😀\u00A0\u2003";
    private const string Controls = "\0\u0001\u0007\u0008\u000B\u000C\u001B\u001F\u007F\u0085\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF";

    private static readonly Gen<string> Line = Atoms(Tricky + Controls).Array[0, 120].Select(static a => string.Concat(a));

    private static readonly Gen<string> Text = Gen.Select(Line.Array[0, 25], Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("\n\n"), Gen.Const("\n \t\n")),
        static (lines, separator) => string.Join(separator, lines));

    [Fact]
    public void Arbitrary_bytes_never_throw()
    {
        Gen.Byte.Array[0, 4000].Sample(static bytes => ImportOrDiagnose(bytes), iter: 400);
    }

    [Fact]
    public void Arbitrary_text_never_throws()
    {
        Text.Sample(static text => ImportOrDiagnose(Encoding.UTF8.GetBytes(text)), iter: 400);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n\t \n")]
    [InlineData("\u0001")]
    public void Only_whitespace_or_controls_is_an_error_not_an_exception(string text)
    {
        var bag = new DiagnosticBag();

        Assert.Null(Importer.Import("w.txt", Encoding.UTF8.GetBytes(text), new ImportOptions(), bag));
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Huge_lines_are_imported_in_reasonable_time()
    {
        string sentence = "Mr Smith said \"yes\" to Dr Jones in London. ";
        string huge = "A headline\n\n" + string.Concat(Enumerable.Repeat(sentence, 40_000)) + "\n\n" + new string('*', 500_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var article = ImportHelper.Import(huge);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(2, article.ParagraphCount);
    }

    [Fact]
    public void Front_matter_parses_back_to_the_same_values()
    {
        var strings = Atoms(Tricky + Controls + "\ud83d\ude00").Array[0, 40].Select(static a => string.Concat(a));
        var gen = Gen.Select(strings, strings, strings, strings, strings, strings.Array[0, 4], strings.Array[0, 4], Gen.Select(strings, strings).Array[0, 3]);
        var deserializer = new DeserializerBuilder().Build();

        gen.Sample(
            (title, subtitle, author, sourceName, sourceUrl, tags, people, quotes) =>
            {
                var article = new ImportedArticle(
                    title, subtitle, null, author, new DateOnly(2024, 1, 2), sourceName, sourceUrl, "slug", null, tags, people,
                    [.. quotes.Select(static q => new ImportedQuote(q.Item1, q.Item2))], new Dictionary<string, string>(), "file.txt", "", [], 0);
                string file = Importer.ToMarkdownFile(article);
                Assert.StartsWith("---\n", file);
                string yaml = file[4..file.IndexOf("\n---\n", StringComparison.Ordinal)];
                var map = deserializer.Deserialize<Dictionary<string, object>>(yaml);

                AssertScalar(map, "title", title);
                AssertScalar(map, "subtitle", subtitle);
                AssertScalar(map, "author", author);
                Assert.Equal("2024-01-02", map["date"]);
                AssertSource(map, sourceName, sourceUrl);
                AssertList(map, "tags", tags);
                AssertList(map, "people", people);
                if (quotes.Length == 0)
                {
                    Assert.False(map.ContainsKey("quotes"));
                }
                else
                {
                    var parsed = Assert.IsType<List<object>>(map["quotes"]).Cast<Dictionary<object, object>>()
                        .Select(static q => ((string)q["person"], (string)q["text"]));
                    Assert.Equal(quotes, parsed);
                }
            },
            iter: 500);
    }

    [Fact]
    public void Body_renders_only_paragraphs_and_lists()
    {
        var allowed = new[] { "p", "ul", "ol", "li" };
        Gen.Select(Line.Array[1, 12], Gen.Bool).Sample(
            (lines, tight) =>
            {
                string text = "A headline\n\n" + string.Join(tight ? "\n" : "\n\n", lines);
                var article = Importer.Import("p.txt", Encoding.UTF8.GetBytes(text), new ImportOptions(), new DiagnosticBag());
                if (article is null)
                {
                    return;
                }

                var elements = MarkdownRendering.Body(article.Body).QuerySelectorAll("*").Select(static e => e.LocalName);
                Assert.All(elements, e => Assert.Contains(e, allowed));
            },
            iter: 500);
    }

    [Fact]
    public void Escaped_text_renders_as_itself()
    {
        // The escaper's contract: one line, no control characters, spaces collapsed.
        var line = Atoms(Tricky).Array[1, 80].Select(static a => TextUtil.CollapseSpaces(string.Concat(a))).Where(static s => s.Length > 0);
        line.Sample(
            static text =>
            {
                var body = MarkdownRendering.Body(MarkdownEscaper.Escape(text));
                var paragraph = Assert.Single(body.Children);
                Assert.Equal("p", paragraph.LocalName);
                Assert.Empty(paragraph.Children);
                Assert.Equal(text, paragraph.TextContent);
            },
            iter: 2000);
    }

    private static void ImportOrDiagnose(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var article = Importer.Import("gen.txt", bytes, new ImportOptions(), bag);
        Assert.True(article is not null || bag.HasErrors, "a null result must come with an error");
        Assert.All(bag.Sorted(), static d => Assert.StartsWith("gen.txt:", d.ToString()));
    }

    // Single characters of the set, with "😀" kept as its surrogate pair.
    private static Gen<string> Atoms(string chars)
    {
        var atoms = new List<string>();
        for (int i = 0; i < chars.Length; i++)
        {
            atoms.Add(char.IsHighSurrogate(chars[i]) ? chars.Substring(i++, 2) : chars[i].ToString());
        }

        return Gen.Int[0, atoms.Count - 1].Select(i => atoms[i]);
    }

    private static void AssertScalar(Dictionary<string, object> map, string key, string value)
    {
        if (value.Length == 0)
        {
            Assert.False(map.ContainsKey(key));
        }
        else
        {
            Assert.Equal(value, map[key]);
        }
    }

    private static void AssertList(Dictionary<string, object> map, string key, string[] values)
    {
        if (values.Length == 0)
        {
            Assert.False(map.ContainsKey(key));
        }
        else
        {
            Assert.Equal(values, Assert.IsType<List<object>>(map[key]).Cast<string>());
        }
    }

    private static void AssertSource(Dictionary<string, object> map, string name, string url)
    {
        if (name.Length > 0 && url.Length > 0)
        {
            var source = Assert.IsType<Dictionary<object, object>>(map["source"]);
            Assert.Equal((name, url), ((string)source["name"], (string)source["url"]));
        }
        else
        {
            AssertScalar(map, "source", name.Length > 0 ? name : url);
        }
    }
}
