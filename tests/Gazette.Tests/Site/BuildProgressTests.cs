using System.Collections.Concurrent;
using Gazette.Build;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

/// <summary>The build's progress hook: it reports the render stage to the end and changes nothing in the output.</summary>
public sealed class BuildProgressTests
{
    [Fact]
    public void Progress_reaches_the_end_of_each_stage_and_the_output_is_unchanged()
    {
        var txtar = string.Concat(Enumerable.Range(1, 30).Select(i =>
            $"-- content/articles/a{i}.md --\n---\ntitle: Article {i}\ndate: 2024-01-{i:00}\ntags: [t{i % 3}]\n---\nBody {i}.\n"));
        using var plain = TestSite.Create(txtar);
        plain.Build();
        using var reported = TestSite.Create(txtar);
        var reports = new ConcurrentQueue<BuildProgress>();
        reported.Build(o => o with { Progress = new Collect(reports) });

        var byStage = reports.GroupBy(r => r.Stage).ToDictionary(g => g.Key, g => g.ToList());
        // Markdown is converted inside page rendering (only for pages that are rendered), so pages is the one stage.
        Assert.Equal(["pages"], byStage.Keys);
        var pages = byStage["pages"];
        Assert.Contains(pages, r => r.Done == r.Total);
        Assert.True(pages[0].Total > 30, "every page is counted, not only articles");
        TestSite.AssertSameFiles(TestSite.Snapshot(plain.Output), TestSite.Snapshot(reported.Output));
    }

    // Synchronous, unlike Progress<T>: every report has arrived when Build returns.
    private sealed class Collect(ConcurrentQueue<BuildProgress> reports) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => reports.Enqueue(value);
    }
}
