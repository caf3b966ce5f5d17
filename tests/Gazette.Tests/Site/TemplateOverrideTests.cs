using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed class TemplateOverrideTests
{
    private const string Article = """
        -- content/articles/a.md --
        ---
        title: Hello
        date: 2024-01-01
        tags: [News]
        ---
        Hi.
        """;

    [Fact]
    public void One_overridden_partial_replaces_the_theme_file_and_the_rest_stays()
    {
        using var site = TestSite.Create(Article + "\n" + """
            -- templates/partials/footer.html --
            <footer class="custom-footer">Made by {{ site.title | html.escape }} readers</footer>
            """);
        site.Build();
        site.AssertFile("_site/index.html", "<footer class=\"custom-footer\">Made by Gazette readers</footer>");
        site.AssertFile("_site/articles/a/index.html", "custom-footer", "<h1");
    }

    [Fact]
    public void A_site_template_sees_view_models_and_functions()
    {
        using var site = TestSite.Create(Article + "\n" + """
            -- site.yml --
            base_url: https://example.org/sub/
            -- templates/article.html --
            <p id="t">{{ article.title }}|{{ article.date | date_format "d MMMM yyyy" }}|{{ article.tags[0].url }}|{{ "x/y" | url }}|{{ "x" | absolute_url }}|{{ "Ça va" | slugify }}|{{ article.reading_time }}|{{ page.kind }}</p>
            """);
        site.Build();
        var p = site.Html("_site/articles/a/index.html").QuerySelector("#t")!;
        Assert.Equal("Hello|1 January 2024|/sub/tags/news/|/sub/x/y|https://example.org/sub/x|ca-va|1|article", p.TextContent);
    }

    [Fact]
    public void A_page_longer_than_a_mebibyte_is_written_whole()
    {
        // Scriban's contexts cap a render's output at 1 MiB by default and end it with "...".
        using var site = TestSite.Create(Article);
        var body = string.Join("\n\n", Enumerable.Range(0, 20_000).Select(i => $"Paragraph {i} of a very long article, long enough to pass the cap."));
        site.Write("content/articles/a.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\n" + body + "\n\nThe last paragraph.\n");
        site.Build();
        var page = site.Read("_site/articles/a/index.html");
        Assert.True(page.Length > 1_100_000, $"{page.Length} characters");
        Assert.Contains("<p>The last paragraph.</p>", page);
        Assert.EndsWith("</html>", page.TrimEnd());
    }

    [Fact]
    public void Html_escape_escapes_markup_and_keeps_letters_readable()
    {
        using var site = TestSite.Create(Article + "\n" + """
            -- templates/article.html --
            <p id="e">{{ "Zoë <b> & \"q\" 'a'" | html.escape }}</p>
            """);
        site.Build();
        site.AssertFile("_site/articles/a/index.html", "<p id=\"e\">Zoë &lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;</p>");
    }

    [Fact]
    public void Cached_partials_nest_and_each_render_keeps_its_own_output_and_variables()
    {
        // Partials render on contexts reused from one article to the next; a nested
        // include_cached must not take its caller's context (it would take its output so far),
        // and nothing a partial assigns may be seen by the next render.
        using var site = TestSite.Create("""
            -- content/articles/a.md --
            ---
            title: Alpha
            date: 2024-01-01
            ---
            A.
            -- content/articles/b.md --
            ---
            title: Beta
            date: 2024-01-02
            ---
            B.
            -- content/articles/c.md --
            ---
            title: Gamma
            date: 2024-01-03
            ---
            C.
            -- templates/home.html --
            <ul id="l">{{ for item in pager.items }}<li>{{ include_cached 'partials/outer.html' item }}</li>{{ end }}</ul>
            <ul id="m">{{ for item in pager.items }}<li>{{ include_cached 'partials/inner.html' item }}</li>{{ end }}</ul>
            -- templates/partials/outer.html --
            {{ x = "o-" + item.title }}A[{{ include_cached 'partials/inner.html' item }}]{{ x }}{{ y }}
            -- templates/partials/inner.html --
            <i>{{ item.title }}{{ y }}</i>{{ y = "leak" }}{{ x = "inner" }}
            """);
        site.Build();
        var home = site.Html("_site/index.html");
        string[] Items(string list) => home.QuerySelectorAll(list + " li").Select(li => li.InnerHtml.Replace("\n", "")).ToArray();
        Assert.Equal(["A[<i>Gamma</i>]o-Gamma", "A[<i>Beta</i>]o-Beta", "A[<i>Alpha</i>]o-Alpha"], Items("#l"));
        // The inner partial's cached HTML, reused: just its own output.
        Assert.Equal(["<i>Gamma</i>", "<i>Beta</i>", "<i>Alpha</i>"], Items("#m"));
    }

    [Fact]
    public void Code_blocks_keep_their_indentation_in_the_page()
    {
        using var site = TestSite.Create("""
            -- content/articles/code.md --
            ---
            title: Code
            date: 2024-01-01
            ---
            Example:

                def f():
                    return 1
            """);
        site.Build();
        Assert.Equal("def f():\n    return 1\n", site.Html("_site/articles/code/index.html").QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void A_site_without_templates_builds_with_the_builtin_theme()
    {
        using var site = TestSite.Create(Article);
        site.Build();
        Assert.NotNull(site.Html("_site/index.html").QuerySelector("a.skip-link"));
    }
}
