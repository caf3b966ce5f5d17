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
