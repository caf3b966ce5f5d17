using Gazette.Scaffolding;
using Gazette.Templates;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Cli;

/// <summary><c>gazette new</c>: a site that builds at once, and never a write into a folder with something in it.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class NewCommandTests : IDisposable
{
    private readonly string parent = Path.Combine(Path.GetTempPath(), "gazette-tests", Guid.NewGuid().ToString("N"));

    private string Dir => Path.Combine(parent, "my-news");

    [Fact]
    public void New_then_build_gives_home_article_tag_and_person_pages()
    {
        var (code, output, _) = CliRunner.Run("new", Dir);
        Assert.Equal(0, code);
        Assert.Contains("created a new site", output, StringComparison.Ordinal);

        var (built, _, err) = CliRunner.Run("build", "--site", Dir);
        Assert.True(built == 0, err);
        using var site = new HtmlFiles(Path.Combine(Dir, "_site"));
        Assert.Equal("My News", site.Html("index.html").QuerySelector("title")?.TextContent.Trim());
        Assert.Equal("Welcome to your new Gazette site", site.Html("articles/welcome-to-gazette/index.html").QuerySelector("h1.story-title")?.TextContent.Trim());
        Assert.Equal("getting started", site.Html("tags/getting-started/index.html").QuerySelector("h1.page-title")?.TextContent.Trim());
        // The alias in the article's front matter reaches the person in people.yml, with the role.
        var person = site.Html("people/maria-fernandes/index.html");
        Assert.Contains("Maria Fernandes", person.QuerySelector("h1.page-title")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Editor", person.Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_site_passes_check_with_no_warnings()
    {
        Assert.Equal(0, CliRunner.Run("new", Dir).Code);
        var (code, _, err) = CliRunner.Run("check", "--site", Dir);
        Assert.True(code == 0, err);
        Assert.Equal("", err);
        Assert.False(Directory.Exists(Path.Combine(Dir, "_site")));
    }

    [Fact]
    public void A_non_empty_folder_is_refused_with_exit_2_and_nothing_written()
    {
        Directory.CreateDirectory(Dir);
        File.WriteAllText(Path.Combine(Dir, "notes.txt"), "mine");
        var (code, _, err) = CliRunner.Run("new", Dir);
        Assert.Equal(2, code);
        Assert.Contains("is not empty", err, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(Dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_is_refused()
    {
        Directory.CreateDirectory(parent);
        File.WriteAllText(Dir, "a file");
        Assert.Equal(2, CliRunner.Run("new", Dir).Code);
        Assert.Equal("a file", File.ReadAllText(Dir));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_an_error_with_exit_1()
    {
        Directory.CreateDirectory(parent);
        File.WriteAllText(Path.Combine(parent, "file"), "");
        var (code, _, err) = CliRunner.Run("new", Path.Combine(parent, "file", "site"));
        Assert.Equal(1, code);
        Assert.StartsWith("gazette: cannot create a site in ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_empty_folder_is_used()
    {
        Directory.CreateDirectory(Dir);
        Assert.Equal(0, CliRunner.Run("new", Dir, "--quiet").Code);
        Assert.True(File.Exists(Path.Combine(Dir, "site.yml")));
    }

    [Fact]
    public void Scaffolded_templates_are_the_built_in_theme_byte_for_byte()
    {
        Assert.Equal(0, CliRunner.Run("new", Dir).Code);
        var templates = Path.Combine(Dir, "templates");
        var written = Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(templates, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(ThemeFiles.Names, written);
        Assert.NotEmpty(ThemeFiles.Names);
        foreach (var name in ThemeFiles.Names)
        {
            Assert.True(ThemeFiles.Read(name).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(templates, name))), $"templates/{name} differs from the theme");
        }
    }

    [Fact]
    public void Gitignore_covers_the_output_and_the_cache()
    {
        Assert.Equal(0, CliRunner.Run("new", Dir).Code);
        var lines = File.ReadAllLines(Path.Combine(Dir, ".gitignore"));
        Assert.Contains("_site/", lines);
        Assert.Contains(".gazette-cache/", lines);
    }

    [Fact]
    public void Quiet_prints_nothing_and_verbose_lists_every_file()
    {
        var quiet = CliRunner.Run("new", Dir, "--quiet");
        Assert.Equal((0, ""), (quiet.Code, quiet.Out));

        var (code, output, _) = CliRunner.Run("new", Path.Combine(parent, "other"), "--verbose");
        Assert.Equal(0, code);
        Assert.Contains("site.yml", output, StringComparison.Ordinal);
        Assert.Contains("content/articles/welcome-to-gazette.md", output, StringComparison.Ordinal);
        Assert.Contains("templates/partials/footer.html", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my-news", "My News")]
    [InlineData("the_daily.planet", "The Daily Planet")]
    [InlineData("---", "Gazette")]
    public void Title_comes_from_the_folder_name(string folder, string title) =>
        Assert.Equal(title, SiteScaffolder.TitleFrom(folder));

    [Fact]
    public void A_folder_name_with_quotes_still_gives_valid_yaml()
    {
        var dir = Path.Combine(parent, "say \"hi\" \\ there");
        Assert.Equal(0, CliRunner.Run("new", dir).Code);
        var (code, _, err) = CliRunner.Run("build", "--site", dir);
        Assert.True(code == 0, err);
        Assert.Contains("<title>Say \"hi\" \\ There</title>", File.ReadAllText(Path.Combine(dir, "_site", "index.html")).Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(parent))
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    // AngleSharp documents of a built site's files.
    private sealed class HtmlFiles(string root) : IDisposable
    {
        private readonly List<AngleSharp.Html.Dom.IHtmlDocument> documents = [];

        public AngleSharp.Html.Dom.IHtmlDocument Html(string path)
        {
            var full = Path.Combine(root, path);
            Assert.True(File.Exists(full), $"{path} was not built");
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(full));
            documents.Add(document);
            return document;
        }

        public void Dispose() => documents.ForEach(d => d.Dispose());
    }
}
