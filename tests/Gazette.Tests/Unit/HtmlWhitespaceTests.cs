using Gazette.Output;

namespace Gazette.Tests.Unit;

public sealed class HtmlWhitespaceTests
{
    [Fact]
    public void Indentation_and_blank_lines_go_but_preformatted_text_stays()
    {
        const string html = "<ul>\n    <li>a</li>\n\n    <li>b</li>\n</ul>\n<pre><code>  x = 1\n\n    y\n</code></pre>\n  <p>t</p>\n";
        Assert.Equal("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<pre><code>  x = 1\n\n    y\n</code></pre>\n<p>t</p>\n", HtmlWhitespace.TrimIndentation(html));
    }

    [Fact]
    public void Text_between_inline_elements_keeps_a_separator()
    {
        Assert.Equal("<a>x</a>\n<b>y</b>", HtmlWhitespace.TrimIndentation("<a>x</a>\n   <b>y</b>"));
    }

    [Fact]
    public void Random_html_trims_as_the_line_by_line_definition_says()
    {
        // Property: for arbitrary lines of tags, indentation, blank lines, mixed-case pre and
        // textarea tags and non-ASCII text, the one-pass UTF-8 trimmer equals the plain definition.
        var random = new Random(20261124);
        string[] pieces = ["<p>", "</p>", "<pre>", "</pre>", "<PRE class=x>", "</Pre>", "<textarea>", "</TEXTAREA>", "<prefix>", "</pre", "text", "Zoë", "日本", "😀", "<", "/", " ", "\t", "\r"];
        for (var round = 0; round < 500; round++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
                new string(' ', random.Next(0, 4)) + string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => pieces[random.Next(pieces.Length)])));
            var html = string.Join("\n", lines) + (random.Next(2) == 0 ? "\n" : "");
            Assert.Equal(Definition(html), HtmlWhitespace.TrimIndentation(html));
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Definition(html)), HtmlWhitespace.TrimToUtf8(html));
        }
    }

    // The trimming rule written the obvious way: four case-insensitive counts per line.
    private static string Definition(string html)
    {
        var result = new System.Text.StringBuilder();
        var preformatted = 0;
        var lines = html.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var last = i == lines.Length - 1;
            if (last && line.Length == 0)
            {
                break;
            }

            var kept = preformatted > 0 ? line : line.TrimStart(' ', '\t');
            if (preformatted == 0 && string.IsNullOrWhiteSpace(kept))
            {
                continue;
            }

            result.Append(kept);
            if (!last)
            {
                result.Append('\n');
            }

            preformatted = Math.Max(0, preformatted + Count(line, "<pre") + Count(line, "<textarea") - Count(line, "</pre>") - Count(line, "</textarea>"));
        }

        return result.ToString();
    }

    private static int Count(string line, string tag)
    {
        var count = 0;
        for (var at = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(tag, at + tag.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
