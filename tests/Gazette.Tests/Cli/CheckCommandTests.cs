using System.Text.Json;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Cli;

/// <summary><c>gazette check</c>: what <c>build --strict</c> finds, as text or JSON, and nothing written.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CheckCommandTests
{
    private const string Site = """
        -- site.yml --
        base_url: https://user.github.io/repo/
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-01
        ---
        First paragraph.

        See [the other one](/articles/b/) and [this](/nowhere/).
        -- content/articles/b.md --
        ---
        title: B
        date: 2024-01-02
        ---
        Fine.
        """;

    [Fact]
    public void Json_lists_a_broken_link_at_its_place_in_the_article_and_exits_1()
    {
        using var site = TestSite.Create(Site);
        var (code, output, err) = CliRunner.Run("check", "--site", site.Root, "--format", "json");
        Assert.Equal(1, code);
        Assert.Equal("", err);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.False(root.GetProperty("ok").GetBoolean());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("warnings").GetInt32());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.EndsWith("/content/articles/a.md", diagnostic.GetProperty("path").GetString(), StringComparison.Ordinal);
        // Line 7 of the file, at the '/' of "(/nowhere/)".
        Assert.Equal(7, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(46, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("broken link to /repo/nowhere/", diagnostic.GetProperty("message").GetString());
        AssertNothingWritten(site);
    }

    [Fact]
    public void Text_shows_the_same_diagnostic_as_a_positioned_line()
    {
        using var site = TestSite.Create(Site);
        var (code, _, err) = CliRunner.Run("check", "--site", site.Root);
        Assert.Equal(1, code);
        var prefix = Path.GetRelativePath(Environment.CurrentDirectory, site.Root).Replace('\\', '/');
        Assert.Contains($"{prefix}/content/articles/a.md:7:46: error: broken link to /repo/nowhere/", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_site_is_ok_with_exit_0_and_no_output_folder()
    {
        using var site = TestSite.Create(Site.Replace(" and [this](/nowhere/)", "", StringComparison.Ordinal));
        var (code, output, _) = CliRunner.Run("check", "--site", site.Root, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        AssertNothingWritten(site);
    }

    [Fact]
    public void Warnings_count_apart_and_fail_the_check()
    {
        using var site = TestSite.Create("-- site.yml --\ntitel: x\n-- content/articles/a.md --\n---\ntitle: A\ndate: 2024-01-01\n---\nx\n");
        var (code, output, _) = CliRunner.Run("check", "--site", site.Root, "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal((0, 1), (json.RootElement.GetProperty("errors").GetInt32(), json.RootElement.GetProperty("warnings").GetInt32()));
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal((1, 1), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void An_existing_output_folder_is_left_exactly_as_it_was()
    {
        using var site = TestSite.Create(Site.Replace(" and [this](/nowhere/)", "", StringComparison.Ordinal));
        site.Build();
        var before = TestSite.Snapshot(site.Output);
        var times = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        site.Write("content/articles/c.md", "---\ntitle: C\ndate: 2024-01-03\n---\nNew.\n");
        Assert.Equal(0, CliRunner.Run("check", "--site", site.Root).Code);
        TestSite.AssertSameFiles(before, TestSite.Snapshot(site.Output));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public void A_broken_link_in_a_template_is_reported_at_the_page()
    {
        using var site = TestSite.Create(Site.Replace(" and [this](/nowhere/)", "", StringComparison.Ordinal) + """

            -- templates/partials/footer.html --
            <footer><a href="{{ url "/missing/" }}">gone</a></footer>
            """);
        var (code, output, _) = CliRunner.Run("check", "--site", site.Root, "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var paths = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).ToList();
        Assert.Contains(paths, p => p.EndsWith("/articles/a/index.html", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        using var site = TestSite.Create(Site);
        var (code, _, err) = CliRunner.Run("check", "--site", site.Root, "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("--format must be text or json", err, StringComparison.Ordinal);
    }

    private static void AssertNothingWritten(TestSite site)
    {
        Assert.False(Directory.Exists(site.Output), "check created the output folder");
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".gazette-cache")), "check created the cache folder");
    }
}
