using System.Text;
using CsCheck;
using Gazette.Yaml;
using YamlDotNet.Core;

namespace Gazette.Tests.Unit;

/// <summary>
/// The front-matter fast path must give exactly YamlDotNet's events, values and positions, or
/// decline the text.
/// </summary>
public sealed class SimpleYamlTests
{
    private const string Typical = """
        title: "3 things we learned from costs soar"
        date: 2021-03-02T22:36:39Z
        section: "World News"
        tags:
          - "steel"
          - "budget policy"
        people:
          - "Deborah Brooks"
          - Anna Li
        summary: "The government warned that it's expected to affect first-time buyers."

        """;

    public static TheoryData<string> Accepted() =>
    [
        Typical,
        Typical.TrimEnd('\n'),
        "title: Hello\ndate: 2024-01-01\ntags: [News, \"Big, small\", x y ,z]\n",
        "title: a:b, c\ntags: []\npeople: [ a ]\n\n\nsummary: It's here\n",
        "title: x\ntags:\n  - a\n\n  - b\n\ndate: 2024-01-01",
        "title: \"\"\nk_1-x: 5\n2020: y\n",
    ];

    public static TheoryData<string> Declined() =>
    [
        "title: x # comment\n", "title: 'single'\n", "title: \"esc\\\"aped\"\n", "title: a\r\ndate: b\r\n", "\ttitle: x\n",
        "title: |\n  block\n", "title: >\n  folded\n", "title:\n  nested: map\n", "tags:\n- a\n- b\n", "tags:\n    - a\n",
        "title: &a x\nb: *a\n", "title: !tag x\n", "title: -x\n", "title: x \n", "title:  x\n", "title:\n", "title: x\n  continued\n",
        "tags: [a, b,]\n", "tags: [a, [b]]\n", "tags: {a: b}\n", "tags: [a, \"b\n", "title: \"a\" b\n", "title: a: b\n",
        "quotes:\n  - person: X\n    text: Y\n", "---\ntitle: x\n", "", "\ntitle: x\n", " title: x\n", "title: say \"hi\"\n",
    ];

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Plain_front_matter_is_read_with_YamlDotNets_events_and_positions(string yaml)
    {
        var fast = SimpleYaml.TryParse(yaml);
        Assert.NotNull(fast);
        Assert.Equal(Events(new Parser(new StringReader(yaml))), Events(fast));
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void Anything_outside_the_subset_is_left_to_YamlDotNet(string yaml) => Assert.Null(SimpleYaml.TryParse(yaml));

    [Fact]
    public void Any_text_built_from_front_matter_pieces_is_read_as_YamlDotNet_reads_it_or_declined()
    {
        string[] keys = ["title", "date", "tags", "a_b", "x-1", "7", "title"];
        string[] scalars =
        [
            "x", "Hello world", "\"quoted, with: colon\"", "\"\"", "it's", "a:b", "a, b", "2024-01-01", "-1", "'s'", "\"a\\\"b\"",
            "x #c", "x ", " x", "\"open", "a: b", "[x]", "{x}", "?x", "&x", "x:", "é ü", "null", "~",
        ];
        string[] flows = ["[]", "[a]", "[a, b]", "[ a , \"b, c\" ]", "[a,b]", "[a, b,]", "[\"x\"]", "[a b, c:d]", "[[a]]", "[a, 'b']", "[a, {b}]"];
        var scalar = Gen.Int[0, scalars.Length - 1].Select(i => scalars[i]);
        var value = Gen.OneOf(
            scalar.Select(s => " " + s),
            Gen.Int[0, flows.Length - 1].Select(i => " " + flows[i]),
            scalar.Array[1, 3].Select(items => string.Concat(items.Select(i => "\n  - " + i))),
            scalar.Array[1, 2].Select(items => string.Concat(items.Select(i => "\n- " + i))),
            Gen.Const(""),
            Gen.Const("\n  nested: x"));
        var line = Gen.Select(Gen.Int[0, keys.Length - 1], value, Gen.Int[0, 3]).Select(t => keys[t.Item1] + ":" + t.Item2 + "\n" + (t.Item3 == 0 ? "\n" : ""));
        var accepted = 0;
        line.Array[1, 6].Select(lines => string.Concat(lines)).Select(text => Gen.Bool.Select(trim => trim ? text.TrimEnd('\n') : text)).SelectMany(g => g)
            .Sample(yaml =>
            {
                if (SimpleYaml.TryParse(yaml) is { } fast)
                {
                    accepted++;
                    var expected = Events(new Parser(new StringReader(yaml)));
                    var actual = Events(fast);
                    Assert.True(expected == actual, $"{yaml}\n--- YamlDotNet:\n{expected}--- fast path:\n{actual}");
                }
            }, iter: 3000, threads: 1);
        Assert.True(accepted > 100, $"only {accepted} of 3000 texts took the fast path");
    }

    private static string Events(IParser parser)
    {
        var text = new StringBuilder();
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                text.Append($"{e.GetType().Name} {e.Start.Index}/{e.Start.Line}/{e.Start.Column}-{e.End.Index}/{e.End.Line}/{e.End.Column} {e}\n");
            }
        }
        catch (YamlException ex)
        {
            text.Append("error: " + ex.Message);
        }

        return text.ToString();
    }
}
