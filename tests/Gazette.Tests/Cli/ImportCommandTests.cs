using System.Text.Json;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Cli;

/// <summary><c>gazette import</c> end to end, in-process.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ImportCommandTests
{
    private const string Raw = """
        World News

        Minister resigns over budget leak

        Finance minister Helena Varga resigned on Monday after a draft budget was leaked.

        She said: “I take full responsibility for what happened.”

        Source: Read Full Article
        """;

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Writes_one_markdown_file_per_input_and_never_overwrites_without_force()
    {
        using var site = TestSite.Create("-- raw/a.txt --\n" + Raw);
        var target = Path.Combine(site.Root, "content/articles/minister-resigns-over-budget-leak.md");
        var (code, output, _) = Run("import", Path.Combine(site.Root, "raw"), "--site", site.Root, "--date", "2024-05-06");
        Assert.Equal(0, code);
        Assert.Contains("imported 1 of 1 files", output, StringComparison.Ordinal);
        var markdown = File.ReadAllText(target);
        Assert.Contains("title: \"Minister resigns over budget leak\"", markdown, StringComparison.Ordinal);
        Assert.Contains("date: 2024-05-06", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Read Full Article", markdown, StringComparison.Ordinal);

        File.WriteAllText(target, "mine");
        var (again, _, err) = Run("import", Path.Combine(site.Root, "raw"), "--site", site.Root);
        Assert.Equal(1, again);
        Assert.Contains("already exists; use --force to overwrite it", err, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(target));
        Assert.Equal(0, Run("import", Path.Combine(site.Root, "raw"), "--site", site.Root, "--force", "--date", "2024-05-06").Code);
        Assert.Equal(markdown, File.ReadAllText(target));
    }

    [Fact]
    public void Dry_run_json_writes_nothing_and_describes_each_input()
    {
        using var site = TestSite.Create("-- raw/a.txt --\n" + Raw);
        var (code, output, _) = Run("import", Path.Combine(site.Root, "raw/a.txt"), "--site", site.Root, "--dry-run", "--format", "json", "--date", "2024-05-06");
        Assert.Equal(0, code);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content")));
        using var json = JsonDocument.Parse(output);
        var item = json.RootElement[0];
        Assert.EndsWith("raw/a.txt", item.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("content/articles/minister-resigns-over-budget-leak.md", item.GetProperty("path").GetString(), StringComparison.Ordinal);
        var front = item.GetProperty("front_matter");
        Assert.Equal("Minister resigns over budget leak", front.GetProperty("title").GetString());
        Assert.Equal("World News", front.GetProperty("section").GetString());
        Assert.Equal("Helena Varga", front.GetProperty("people")[0].GetString());
        Assert.Equal("Helena Varga", front.GetProperty("quotes")[0].GetProperty("person").GetString());
        Assert.Contains("resigned on Monday", item.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("Source: Read Full Article", item.GetProperty("removed")[0].GetString());
    }

    [Fact]
    public void A_failing_file_is_reported_and_the_others_still_import()
    {
        using var site = TestSite.Create("-- raw/a.txt --\n" + Raw);
        site.WriteBytes("raw/broken.txt", [0x00, 0x01, 0x02, 0x03]);
        var (code, _, err) = Run("import", Path.Combine(site.Root, "raw"), "--site", site.Root, "--date", "2024-05-06");
        Assert.Equal(1, code);
        Assert.Contains("broken.txt:1:1: error:", err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "content/articles/minister-resigns-over-budget-leak.md")));
    }

    [Fact]
    public void Articles_with_the_same_headline_get_numbered_slugs_in_input_order()
    {
        using var site = TestSite.Create("-- raw/a.txt --\n" + Raw + "\n-- raw/b.txt --\n" + Raw);
        var (code, _, err) = Run("import", Path.Combine(site.Root, "raw"), "--site", site.Root, "--date", "2024-05-06");
        Assert.Equal(0, code);
        Assert.Contains("b.txt:1:1: warning: the headline's URL /articles/minister-resigns-over-budget-leak/ is taken by", err, StringComparison.Ordinal);
        Assert.Contains("slug: \"minister-resigns-over-budget-leak\"", File.ReadAllText(Path.Combine(site.Root, "content/articles/minister-resigns-over-budget-leak.md")), StringComparison.Ordinal);
        Assert.Contains("slug: \"minister-resigns-over-budget-leak-2\"", File.ReadAllText(Path.Combine(site.Root, "content/articles/minister-resigns-over-budget-leak-2.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Update_registry_appends_new_people_with_roles_and_keeps_existing_entries()
    {
        using var site = TestSite.Create("-- raw/a.txt --\n" + Raw + "\n-- content/people.yml --\n- name: Someone Else\n  role: Keeps this\n");
        Assert.Equal(0, Run("import", Path.Combine(site.Root, "raw"), "--site", site.Root, "--date", "2024-05-06", "--update-registry").Code);
        var people = File.ReadAllText(Path.Combine(site.Root, "content/people.yml"));
        Assert.StartsWith("- name: Someone Else\n  role: Keeps this\n", people, StringComparison.Ordinal);
        Assert.Contains("- name: \"Helena Varga\"\n  role: \"Finance minister\"\n", people, StringComparison.Ordinal);
    }
}
