using Gazette.Cli.Output;
using Gazette.Diagnostics;
using Gazette.Tests.Infrastructure;
using Spectre.Console.Testing;

namespace Gazette.Tests.Cli;

/// <summary>The command line as people expect it: help with examples, --quiet, --verbose, and diagnostics for people or tools.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CliPolishTests
{
    private const string Site = "-- site.yml --\ntitel: x\n-- content/articles/a.md --\n---\ntitle: A\ndate: 2024-01-01\n---\nx\n";

    [Theory]
    [InlineData("build", "--base-url", "gazette build --site my-site --base-url https://user.github.io/repo/")]
    [InlineData("import", "--dry-run", "gazette import raw/story.txt --dry-run --format json")]
    [InlineData("check", "--format", "gazette check --format json")]
    [InlineData("new", "<DIR>", "gazette new my-site")]
    public void Every_verb_has_help_with_its_options_and_an_example(string verb, string option, string example)
    {
        var (code, output, _) = CliRunner.Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Contains("EXAMPLES:", output, StringComparison.Ordinal);
        Assert.Contains(example, output, StringComparison.Ordinal);
        Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Contains("--quiet", output, StringComparison.Ordinal);
        Assert.Contains("--verbose", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_level_help_lists_every_verb()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        Assert.All(["build", "import", "check", "new"], verb => Assert.Contains($"    {verb} ", output, StringComparison.Ordinal));
    }

    [Fact]
    public void Quiet_prints_no_summary_and_no_warnings()
    {
        using var site = TestSite.Create(Site);
        var (code, output, err) = CliRunner.Run("build", "--site", site.Root, "--quiet");
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal("", err);
        Assert.True(site.Exists("_site/index.html"));
    }

    [Fact]
    public void Quiet_still_prints_errors()
    {
        using var site = TestSite.Create("-- content/articles/a.md --\n---\ntitle: A\ndate: nope\n---\nx\n");
        var (code, output, err) = CliRunner.Run("build", "--site", site.Root, "--quiet");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("content/articles/a.md:3:7: error:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_prints_stage_timings_before_the_summary()
    {
        using var site = TestSite.Create(Site);
        var (code, output, _) = CliRunner.Run("build", "--site", site.Root, "--verbose");
        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.Trim()).ToList();
        foreach (var stage in new[] { "load", "assemble", "pages", "write" })
        {
            Assert.Contains(lines, l => l.StartsWith(stage + " ", StringComparison.Ordinal) && l.EndsWith(" ms", StringComparison.Ordinal));
        }

        var summary = lines.FindIndex(l => l.StartsWith("built 1 articles", StringComparison.Ordinal));
        Assert.True(summary > lines.FindIndex(l => l.StartsWith("write ", StringComparison.Ordinal)), output);
    }

    [Fact]
    public void The_summary_is_one_line_however_long_the_output_path()
    {
        using var site = TestSite.Create(Site);
        var output = Path.Combine(site.Root, new string('o', 120));
        var (code, stdout, _) = CliRunner.Run("build", "--site", site.Root, "--output", output);
        Assert.Equal(0, code);
        var summary = Assert.Single(stdout.Split('\n'), l => l.StartsWith("built ", StringComparison.Ordinal));
        Assert.EndsWith(new string('o', 120), summary.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_a_usage_error()
    {
        var (code, _, err) = CliRunner.Run("build", "--quiet", "--verbose");
        Assert.Equal(2, code);
        Assert.Contains("--quiet and --verbose cannot be used together", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_go_to_stderr_not_stdout()
    {
        var (code, output, err) = CliRunner.Run("build", "--no-such-flag");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("gazette: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void On_an_interactive_terminal_diagnostics_are_grouped_by_file_and_coloured()
    {
        var console = new TestConsole().Interactive().EmitAnsiSequences();
        console.Profile.Width = 200;
        Assert.True(DiagnosticWriter.UseTerminal(console.Profile.Capabilities, errorRedirected: false));
        var writer = DiagnosticWriter.Grouped(console);
        writer.Write(Diagnostics());
        writer.Summary("3 errors; nothing was written.");

        var text = console.Output;
        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        var plain = StripAnsi(text).Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal(
            [
                "content/articles/a.md",
                "  3:7   error    'date' is bad",
                "  12:1  warning  unknown key 'x'",
                "",
                "site.yml",
                "  2:1  error    bad [value]",
                "",
                "3 errors; nothing was written.",
                "",
            ],
            plain);
        // The file name is a heading (bold, underlined); each severity has its own colour.
        Assert.Contains("\u001b[1;4mcontent/articles/a.md", text, StringComparison.Ordinal);
        Assert.NotEqual("", ColourOf(text, "error"));
        Assert.NotEqual(ColourOf(text, "error"), ColourOf(text, "warning"));
    }

    [Fact]
    public void Anywhere_else_diagnostics_are_plain_positioned_lines()
    {
        Assert.False(DiagnosticWriter.UseTerminal(new TestConsole().Profile.Capabilities, errorRedirected: false));
        Assert.False(DiagnosticWriter.UseTerminal(new TestConsole().Interactive().EmitAnsiSequences().Profile.Capabilities, errorRedirected: true));
        var output = new StringWriter { NewLine = "\n" };
        var writer = DiagnosticWriter.Plain(output);
        writer.Write(Diagnostics());
        writer.Summary("3 errors; nothing was written.");
        Assert.Equal(
            """
            content/articles/a.md:3:7: error: 'date' is bad
            content/articles/a.md:12:1: warning: unknown key 'x'
            site.yml:2:1: error: bad [value]
            3 errors; nothing was written.

            """.ReplaceLineEndings("\n"),
            output.ToString());
    }

    private static Diagnostic[] Diagnostics() =>
    [
        new(Severity.Error, new SourceSpan("content/articles/a.md", 3, 7), "'date' is bad"),
        new(Severity.Warning, new SourceSpan("content/articles/a.md", 12, 1), "unknown key 'x'"),
        new(Severity.Error, new SourceSpan("site.yml", 2, 1), "bad [value]"),
    ];

    private static string StripAnsi(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;?]*[A-Za-z]", "");

    // The SGR parameters of the escape sequence right before a word.
    private static string ColourOf(string text, string word) =>
        System.Text.RegularExpressions.Regex.Match(text, "\u001b\\[([0-9;]*)m" + word).Groups[1].Value;
}
