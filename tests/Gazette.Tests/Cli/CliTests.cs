using Gazette.Cli;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Cli;

/// <summary>The command line in-process: exit codes and what it prints.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Build_succeeds_with_exit_0_and_a_summary()
    {
        using var site = TestSite.Create("-- content/articles/a.md --\n---\ntitle: A\ndate: 2024-01-01\n---\nx\n");
        var (code, output, _) = Run("build", "--site", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("built 1 articles", output, StringComparison.Ordinal);
        Assert.True(site.Exists("_site/articles/a/index.html"));
    }

    [Fact]
    public void Content_errors_exit_1_with_positioned_lines_on_stderr()
    {
        using var site = TestSite.Create("-- content/articles/a.md --\n---\ntitle: A\ndate: nope\n---\nx\n");
        var (code, _, err) = Run("build", "--site", site.Root);
        Assert.Equal(1, code);
        var prefix = Path.GetRelativePath(Environment.CurrentDirectory, site.Root).Replace('\\', '/');
        Assert.Contains($"{prefix}/content/articles/a.md:3:7: error: 'date' must be", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("build", "--no-such-flag").Code);
        Assert.Equal(2, Run("frobnicate").Code);
    }

    [Fact]
    public void Check_writes_nothing_and_fails_on_warnings()
    {
        using var site = TestSite.Create("-- site.yml --\ntitel: x\n-- content/articles/a.md --\n---\ntitle: A\ndate: 2024-01-01\n---\nx\n");
        var (code, _, err) = Run("check", "--site", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("site.yml:1:1: warning: unknown key 'titel' is ignored; did you mean 'title'?", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Contains(GazetteApp.Version, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_options_and_an_example()
    {
        var (code, output, _) = Run("build", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--base-url", output, StringComparison.Ordinal);
        Assert.Contains("build --site my-site", output, StringComparison.Ordinal);
    }
}
