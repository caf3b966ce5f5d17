using Gazette.Build;
using Gazette.Output;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

/// <summary>The repository's own sample site: it builds cleanly and every internal link and asset resolves.</summary>
public sealed class SampleSiteTests
{
    private static BuildResult BuildSample()
    {
        var output = Path.Combine(Path.GetTempPath(), "gazette-tests", "sample-" + Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(new BuildOptions { SiteDir = RepoPaths.Root, OutputDir = output, Write = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void Builds_without_warnings()
    {
        var result = BuildSample();
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Stats.Articles >= 10);
    }

    [Fact]
    public void No_page_has_a_broken_internal_link_or_asset()
    {
        var result = BuildSample();
        var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        Assert.True(pages > 50, $"only {pages} pages");
        Assert.Empty(LinkChecker.FindBroken(result.Files, "/gazette/"));
    }

    [Fact]
    public void Every_fragment_link_names_an_element_of_its_target_page()
    {
        var result = BuildSample();
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(f.Bytes)), StringComparer.Ordinal);
        var checkedLinks = 0;
        var broken = new List<string>();
        foreach (var (path, page) in pages)
        {
            foreach (var href in page.QuerySelectorAll("a[href*='#']").Select(a => a.GetAttribute("href")!))
            {
                var (target, fragment) = (href[..href.IndexOf('#', StringComparison.Ordinal)], Uri.UnescapeDataString(href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]));
                var targetPath = target.Length == 0 ? path : target.StartsWith("/gazette/", StringComparison.Ordinal) ? target["/gazette/".Length..] + "index.html" : null;
                if (targetPath is null)
                {
                    continue; // another site's page
                }

                checkedLinks++;
                if (!pages.TryGetValue(targetPath, out var targetPage) || targetPage.GetElementById(fragment) is null)
                {
                    broken.Add($"{path}: {href}");
                }
            }
        }

        Assert.True(checkedLinks > pages.Count, $"only {checkedLinks} fragment links");
        Assert.Empty(broken);
    }

    [Fact]
    public void Tags_and_people_pages_have_several_entries()
    {
        var result = BuildSample();
        var russia = result.Files.Single(f => f.Path == "tags/russia/index.html");
        var putin = result.Files.Single(f => f.Path == "people/vladimir-putin/index.html");
        Assert.True(CountArticleLinks(russia) >= 4);
        Assert.True(CountArticleLinks(putin) >= 4);
    }

    [Fact]
    public void The_checker_finds_a_broken_link()
    {
        var files = new List<OutputFile>
        {
            new("index.html", "<a href=\"/gazette/articles/x/\">x</a><img src=\"/gazette/assets/none.png\"><a href=\"https://elsewhere.org/\">e</a>"u8.ToArray(), "/"),
            new("articles/x/index.html", "<a href=\"/gazette/\">home</a><a href=\"/elsewhere/\">out of base</a>"u8.ToArray(), "/"),
        };
        Assert.Equal(
            [new BrokenLink("articles/x/index.html", "/elsewhere/"), new BrokenLink("index.html", "/gazette/assets/none.png")],
            LinkChecker.FindBroken(files, "/gazette/"));
    }

    private static int CountArticleLinks(OutputFile page)
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Bytes));
        return doc.QuerySelectorAll("main a[href^='/gazette/articles/']").Select(a => a.GetAttribute("href")).Distinct().Count();
    }
}
