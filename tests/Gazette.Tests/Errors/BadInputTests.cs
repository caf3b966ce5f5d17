using System.Text;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Errors;

/// <summary>
/// One test per kind of bad input (PRODUCT.md "Bad input"): the exact diagnostic line, exit as
/// failure, and the previous output left byte-identical.
/// </summary>
public sealed class BadInputTests
{
    private const string GoodSite = """
        -- site.yml --
        title: Good
        -- content/articles/good.md --
        ---
        title: Good Article
        date: 2024-01-01
        tags: [News]
        ---
        Fine.
        """;

    private static void AssertFails(Action<TestSite> breakIt, params string[] expected)
    {
        using var site = TestSite.Create(GoodSite);
        site.Build();
        var before = TestSite.Snapshot(site.Output);
        breakIt(site);
        var errors = site.BuildFails();
        Assert.Equal(expected, errors);
        TestSite.AssertSameFiles(before, TestSite.Snapshot(site.Output));
    }

    private static void AddArticle(TestSite site, string text) => site.Write("content/articles/bad.md", text);

    [Fact]
    public void Missing_front_matter() => AssertFails(
        s => AddArticle(s, "Just text.\n"),
        "content/articles/bad.md:1:1: error: missing front matter: start the file with a '---' line, then 'title:' and 'date:', then '---'");

    [Fact]
    public void Unclosed_front_matter() => AssertFails(
        s => AddArticle(s, "---\ntitle: X\ndate: 2024-01-01\nBody\n"),
        "content/articles/bad.md:1:1: error: front matter is not closed: add a '---' line after the last key");

    [Fact]
    public void Unclosed_flow_list_at_the_end_of_front_matter_is_an_error_not_a_crash() => AssertFails(
        s => AddArticle(s, "---\ntitle: X\ntags: [a\ndate: 2024-01-01\n---\nBody\n"),
        "content/articles/bad.md:4:1: error: invalid YAML: the text ends inside a '[' or '{' that is never closed");

    [Fact]
    public void Yaml_syntax_error_points_into_the_file() => AssertFails(
        s => AddArticle(s, "---\ntitle: X\ndate: 2024-01-01\ntags: [a, b\n---\nBody\n"),
        "content/articles/bad.md:5:1: error: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'");

    [Fact]
    public void Missing_title() => AssertFails(
        s => AddArticle(s, "---\ndate: 2024-01-01\n---\nBody\n"),
        "content/articles/bad.md:1:1: error: front matter has no 'title': every article needs one");

    [Fact]
    public void Bad_date() => AssertFails(
        s => AddArticle(s, "---\ntitle: X\ndate: 30/03/2022\n---\nBody\n"),
        "content/articles/bad.md:3:7: error: 'date' must be YYYY-MM-DD or ISO 8601 such as 2022-03-30T09:41:00Z, not '30/03/2022'");

    [Fact]
    public void Wrong_type() => AssertFails(
        s => AddArticle(s, "---\ntitle: X\ndate: 2024-01-02\ntags:\n  a: b\ndraft: maybe\n---\nBody\n"),
        "content/articles/bad.md:5:3: error: 'tags' must be a list of text, not a mapping",
        "content/articles/bad.md:6:8: error: 'draft' must be true or false, not 'maybe'");

    [Fact]
    public void Duplicate_slug_names_both_files() => AssertFails(
        s => AddArticle(s, "---\ntitle: Other\nslug: good\ndate: 2024-01-02\n---\nBody\n"),
        "content/articles/good.md:1:1: error: URL /articles/good/ is already used by content/articles/bad.md:3:7; give one of them a different 'slug'");

    [Fact]
    public void Empty_file() => AssertFails(
        s => AddArticle(s, "  \n\n"),
        "content/articles/bad.md:1:1: error: the file is empty");

    [Fact]
    public void Binary_file() => AssertFails(
        s => s.WriteBytes("content/articles/bad.md", [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01, 0x02]),
        "content/articles/bad.md:2:1: error: this is a binary file (it contains a NUL byte), not a text article");

    [Fact]
    public void Undecodable_text() => AssertFails(
        s => s.WriteBytes("content/articles/bad.md", Encoding.UTF8.GetBytes("---\ntitle: Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray()),
        "content/articles/bad.md:2:11: error: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");

    [Fact]
    public void Template_syntax_error() => AssertFails(
        s => s.Write("templates/article.html", "<h1>{{ article.title </h1>\n"),
        "templates/article.html:1:23: error: template: Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `/` in: <expression> operator <expression>",
        "templates/article.html:1:27: error: template: Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `\\n` in: <expression> operator <expression>");

    [Fact]
    public void Template_runtime_error_names_the_page() => AssertFails(
        s => s.Write("templates/article.html", "<h1>\n{{ article.title | string.nonexistent }}</h1>\n"),
        "templates/article.html:2:20: error: template: The function `string.nonexistent` was not found (while rendering /articles/good/)");

    [Fact]
    public void One_template_error_on_many_pages_is_reported_once() => AssertFails(
        s => s.Write("templates/partials/footer.html", "{{ site.nope.deeper }}\n"),
        "templates/partials/footer.html:1:14: error: template: Cannot get the member site.nope.deeper for a null object. (while rendering / and 8 other pages)");

    [Fact]
    public void Missing_include() => AssertFails(
        s => s.Write("templates/article.html", "{{ include 'partials/nope.html' }}\n"),
        "templates/article.html:1:4: error: template: include 'partials/nope.html' names no template in templates/ or the theme (while rendering /articles/good/)");

    [Fact]
    public void Bad_config_value_and_unknown_key() => AssertFails(
        s => s.Write("site.yml", "title: Good\npaginat: 5\npaginate: zero\nbase_url: not a url\n"),
        "site.yml:2:1: warning: unknown key 'paginat' is ignored; did you mean 'paginate'?",
        "site.yml:3:11: error: 'paginate' must be a whole number, not 'zero'",
        "site.yml:4:11: error: 'base_url' must be an absolute http(s) URL such as https://user.github.io/repo/, not 'not a url'");

    [Fact]
    public void Bad_people_registry() => AssertFails(
        s => s.Write("content/people.yml", "- name: Ann Lee\n  aliases: [Ann]\n- name: Ann Other\n  aliases: [ann]\n- role: Nobody\n"),
        "content/people.yml:3:3: error: 'ann' already names Ann Lee at content/people.yml:1:3; a name or alias may belong to one person only",
        "content/people.yml:5:3: error: this person has no 'name'");

    [Fact]
    public void Output_folder_may_not_be_the_site_folder() => AssertFails(
        s => s.Write("site.yml", "title: Good\noutput: .\n"),
        "site.yml:2:9: error: the output folder . is the site folder, which a build would overwrite; choose a folder of its own such as _site");

    [Fact]
    public void A_static_file_claiming_a_page_url() => AssertFails(
        s => s.Write("content/static/tags/index.html", "<p>mine</p>"),
        "content/static/tags/index.html:1:1: error: output file tags/index.html is produced by both /tags/ and content/static/tags/index.html");

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        AssertFails(
            s =>
            {
                AddArticle(s, "---\ntitle: X\n---\nBody\n");
                s.Write("content/articles/bad2.md", "---\ndate: 2024-13-01\ntitle: Y\n---\n");
            },
            "content/articles/bad.md:1:1: error: front matter has no 'date': add 'date: YYYY-MM-DD'",
            "content/articles/bad2.md:2:7: error: 'date' must be YYYY-MM-DD or ISO 8601 such as 2022-03-30T09:41:00Z, not '2024-13-01'");
    }
}
