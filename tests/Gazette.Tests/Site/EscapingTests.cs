using System.Text.Json;
using System.Xml.Linq;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed class EscapingTests
{
    private const string Title = """<script>alert("t")</script> Rock & 'Roll'""";
    private const string Summary = """Ends </script><script>alert('s')</script> & "quoted" """;

    private static TestSite Create() => TestSite.Create($$"""
        -- content/articles/x.md --
        ---
        title: '{{Title.Replace("'", "''")}}'
        date: 2024-03-01
        summary: '{{Summary.Replace("'", "''")}}'
        tags: ['<b>bold</b> "tag"']
        people: ['Mary "<i>" O''Neill']
        quotes:
          - person: 'Mary "<i>" O''Neill'
            text: '</blockquote><script>alert(1)</script>'
        ---
        Body with <script>alert('body')</script> and <em>html</em>.
        """);

    [Fact]
    public void No_script_from_content_reaches_any_page()
    {
        using var site = Create();
        site.Build();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
            Assert.Empty(doc.QuerySelectorAll("main b, main i, main em"));
        }
    }

    [Fact]
    public void Text_survives_in_html_and_attributes_exactly()
    {
        using var site = Create();
        site.Build();
        var page = site.Html("_site/articles/x/index.html");
        Assert.Equal(Title, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(Summary.Trim(), page.QuerySelector("meta[name=description]")!.GetAttribute("content")!.Trim());
        Assert.Contains(Title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("Body with <script>alert('body')</script> and <em>html</em>.", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("</blockquote><script>alert(1)</script>", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var tagLink = page.QuerySelector("main a[href='/tags/b-bold-b-tag/']")!;
        Assert.Equal("<b>bold</b> \"tag\"", tagLink.TextContent.Trim());
        var person = site.Html("_site/people/mary-i-oneill/index.html");
        Assert.Equal("Mary \"<i>\" O'Neill", person.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public void Json_ld_parses_and_holds_the_raw_text()
    {
        using var site = Create();
        site.Build();
        var page = site.Html("_site/articles/x/index.html");
        var script = page.QuerySelector("script[type='application/ld+json']")!;
        Assert.DoesNotContain("</script", script.InnerHtml, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal(Title, json.RootElement.GetProperty("headline").GetString());
        var person = site.Html("_site/people/mary-i-oneill/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var personJson = JsonDocument.Parse(person.TextContent);
        Assert.Equal("Mary \"<i>\" O'Neill", personJson.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Feeds_hold_the_raw_text_as_xml()
    {
        using var site = Create();
        site.Build();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.Read("_site/feed.xml"));
        var entry = feed.Root!.Element(atom + "entry")!;
        Assert.Equal(Title, entry.Element(atom + "title")!.Value);
        Assert.Equal(Summary, entry.Element(atom + "summary")!.Value);
        Assert.Equal("<b>bold</b> \"tag\"", entry.Element(atom + "category")!.Attribute("label")!.Value);
        Assert.DoesNotContain("<script>", entry.Element(atom + "content")!.Value, StringComparison.Ordinal);
        XDocument.Parse(site.Read("_site/tags/b-bold-b-tag/feed.xml"));
        XDocument.Parse(site.Read("_site/people/mary-i-oneill/feed.xml"));
    }
}
