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
}
