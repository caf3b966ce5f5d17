using System.Text.RegularExpressions;
using Gazette.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Gazette.Tests.Cli;

/// <summary>
/// .github/workflows/pages.yml: it parses, has the jobs, steps and permissions GitHub Pages
/// needs, and its build command, run as written, builds the sample site for the Pages URL.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class PagesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void Runs_on_push_to_main_and_by_hand()
    {
        var on = Map(Workflow, "on");
        Assert.Contains("main", Strings(Map(on, "push")["branches"]));
        Assert.True(on.Children.ContainsKey("workflow_dispatch"));
        Assert.Equal("pages", Scalar(Map(Workflow, "concurrency"), "group"));
    }

    [Fact]
    public void Build_job_checks_out_sets_up_dotnet_configures_pages_builds_and_uploads()
    {
        var steps = Steps("build");
        Assert.Equal(
            ["actions/checkout", "actions/setup-dotnet", "actions/configure-pages", "", "actions/upload-pages-artifact"],
            steps.Select(s => Uses(s).Split('@')[0]));
        Assert.All(steps.Where(s => Uses(s).Length > 0), s => Assert.Matches("@v[0-9]+$", Uses(s)));
        Assert.Equal("pages", Scalar(steps[2], "id"));
        Assert.Equal("_site", Scalar(Map(steps[4], "with"), "path"));
        Assert.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", Scalar(steps[3], "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_job_has_the_pages_permissions_and_environment()
    {
        var deploy = Map(Map(Workflow, "jobs"), "deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        var permissions = Map(deploy, "permissions");
        Assert.Equal(("write", "write"), (Scalar(permissions, "pages"), Scalar(permissions, "id-token")));
        Assert.Equal("github-pages", Scalar(Map(deploy, "environment"), "name"));
        var step = Assert.Single(Steps("deploy"));
        Assert.StartsWith("actions/deploy-pages@v", Uses(step), StringComparison.Ordinal);
        Assert.Equal("${{ steps.deployment.outputs.page_url }}", Scalar(Map(deploy, "environment"), "url"));
        Assert.Equal("deployment", Scalar(step, "id"));
    }

    [Fact]
    public void The_build_command_as_written_builds_the_sample_site_for_a_project_site_url()
    {
        var run = Scalar(Steps("build")[3], "run");
        var gazetteArgs = run[(run.IndexOf(" -- ", StringComparison.Ordinal) + 4)..]
            .Replace("${{ steps.pages.outputs.base_url }}", "https://someone.github.io/news", StringComparison.Ordinal);
        var args = ShellWord().Matches(gazetteArgs).Select(m => m.Groups["q"].Success ? m.Groups["q"].Value : m.Value).ToList();
        Assert.Equal(["build", "--strict", "--base-url", "https://someone.github.io/news/"], args);

        using var site = TestSite.Create("");
        Folders.Copy(Path.Combine(RepoPaths.Root, "content"), Path.Combine(site.Root, "content"));
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(site.Root, "site.yml"));
        var (code, _, err) = CliRunner.Run([.. args, "--site", site.Root]);
        Assert.True(code == 0, err);
        var home = site.Html("_site/index.html");
        var links = home.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/news/", href, StringComparison.Ordinal));
        Assert.True(site.Exists("_site/.nojekyll"));
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Map(Map(Workflow, "jobs"), job)["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value ?? "";

    private static string Uses(YamlMappingNode step) => step.Children.TryGetValue("uses", out var uses) ? ((YamlScalarNode)uses).Value ?? "" : "";

    private static IEnumerable<string?> Strings(YamlNode node) => ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value);


    // A shell word: "double quoted" (no escapes needed here) or bare.
    [GeneratedRegex("\"(?<q>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex ShellWord();
}
