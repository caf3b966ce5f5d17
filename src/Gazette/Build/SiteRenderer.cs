using System.Text;
using Gazette.Diagnostics;
using Gazette.Incremental;
using Gazette.Markdown;
using Gazette.Output;
using Gazette.Site;
using Gazette.Templates;

namespace Gazette.Build;

/// <summary>
/// The render stage: every page in parallel into a slot of its own, so output order never
/// depends on thread scheduling; then feeds and the sitemap. A page or feed whose key matches
/// the one its file was last written from is kept as it is (<paramref name="previous"/> null:
/// everything is rendered). Markdown is converted when a rendered page first needs it. With
/// <paramref name="staging"/>, rendered bytes go to disk at once instead of piling up in memory.
/// </summary>
internal sealed class SiteRenderer(SiteModel site, TemplateSet templates, ulong inputsKey, OutputManifest? previous, OutputStaging? staging, DiagnosticBag diagnostics, Action<string> lap, IProgress<BuildProgress>? progress = null)
{
    private int _rendered;

    /// <summary>Pages and feeds rendered rather than kept.</summary>
    public int Rendered => _rendered;

    public List<OutputFile> Render()
    {
        var routes = site.Routes;
        var markdown = new MarkdownConverter(site.Config.Markdown, new LinkRewriter(routes, () => site.Articles
            .GroupBy(a => Path.GetFileName(a.Article.SourcePath), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Route.Url, StringComparer.Ordinal)).Rewrite);
        var html = new BodyHtml(site.Articles.Count, i => markdown.ToHtml(site.Articles[i].Article.Body));

        var keys = new PageKeys(site, inputsKey);
        var models = new ViewModels(site, html.Get, SiteBuilder.Generator);
        var renderer = new PageRenderer(templates, new GazetteFunctions(routes, markdown), models.Site);
        var jobs = new RenderPlanner(site, models, keys, path => previous?.ReadBy(path)).Plan();
        lap("models");
        var pages = new OutputFile?[jobs.Count];
        var rendered = new ProgressCounter(progress, "pages", jobs.Count);
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            if (previous?.IsIntact(job.Route.OutputPath, job.Key) == true)
            {
                pages[i] = OutputFile.KeptAsIs(job.Route.OutputPath, job.Route.Url, job.Key, job.Read);
                rendered.Increment();
                return;
            }

            Interlocked.Increment(ref _rendered);
            using var bytes = renderer.Render(job, out var read);
            var key = job.Key != 0 && read == job.Read ? job.Key : job.KeyFor(read);
            pages[i] = bytes.IsNone ? null : Keep(job.Route, bytes.Span, key, read);
            rendered.Increment();
        });

        renderer.ReportErrors(diagnostics);
        var files = pages.OfType<OutputFile>().ToList();
        lap(_rendered == jobs.Count ? "pages" : $"pages ({_rendered} of {jobs.Count} rendered)");
        if (site.Config.Feeds)
        {
            files.AddRange(Feeds(keys, html.Get));
        }

        var sitemap = routes.File("sitemap.xml");
        // An article's job carries the article's own Route object.
        var articleDates = site.Articles.ToDictionary(a => (object)a.Route, a => a.Article.Date, ReferenceEqualityComparer.Instance);
        var entries = jobs
            .Where(j => j.Kind != "404")
            .Select(j => new SitemapEntry(j.Route.Permalink, articleDates.TryGetValue(j.Route, out var date) ? date : null))
            .ToList();
        files.Add(KeptOrMade(sitemap, keys.Sitemap(entries), () => SitemapWriter.Write(entries)));
        files.AddRange(SearchIndex(keys));
        var robots = routes.File("robots.txt");
        files.Add(new OutputFile(robots.OutputPath, SitemapWriter.Robots(sitemap.Permalink), robots.Url));
        return files;
    }

    private List<OutputFile> Feeds(PageKeys keys, Func<int, string> html)
    {
        var routes = site.Routes;
        var config = site.Config;
        var feeds = new List<Func<OutputFile>>();
        var feed = routes.Feed();
        var home = routes.Home().Permalink;
        feeds.Add(Feed(feed, config.Title, home, site.Articles, keys, html));
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                // Term feeds announce (summary and link); the site feed carries full text. As in
                // Hugo's default, this keeps thousands of term feeds from repeating every article body.
                feeds.Add(Feed(term.Feed, $"{term.Name} — {config.Title}", term.Route.Permalink, term.Articles, keys, html: null));
            }
        }

        var files = new OutputFile[feeds.Count];
        Parallel.For(0, feeds.Count, i => files[i] = feeds[i]());
        return [.. files];
    }

    private Func<OutputFile> Feed(Routing.Route route, string title, string alternate, IReadOnlyList<SiteArticle> articles, PageKeys keys, Func<int, string>? html) => () =>
        KeptOrMade(route, keys.Feed(route.Url, title, alternate, articles, site.Config.FeedLimit, html is not null), () =>
        {
            Interlocked.Increment(ref _rendered);
            return AtomFeedWriter.Write(site.Config, route, title, alternate, articles, html);
        });

    // The search index holds only front matter fields: a body edit keeps every part.
    private IEnumerable<OutputFile> SearchIndex(PageKeys keys) => SearchIndexWriter.Parts(site).AsParallel().AsOrdered().Select(part =>
        KeptOrMade(part.Route, keys.SearchPart(part.Number, part.Count, part.Articles), () => SearchIndexWriter.Bytes(site.Routes, part)));

    // A file whose key matches the one it was last written from, and which is still as written,
    // is kept without being made; otherwise it is made and staged.
    private OutputFile KeptOrMade(Routing.Route route, ulong key, Func<byte[]> make) =>
        previous?.IsIntact(route.OutputPath, key) == true
            ? OutputFile.KeptAsIs(route.OutputPath, route.Url, key)
            : Keep(new OutputFile(route.OutputPath, make(), route.Url) { Key = key });

    private OutputFile Keep(OutputFile file) => staging is null ? file : staging.Stage(file);

    // A page's bytes go straight from the renderer's buffer to their staging file.
    private OutputFile Keep(Routing.Route route, ReadOnlySpan<byte> bytes, ulong key, BodyFields read) =>
        staging is null
            ? new OutputFile(route.OutputPath, bytes.ToArray(), route.Url) { Key = key, Read = read }
            : staging.Stage(new OutputFile(route.OutputPath, [], route.Url) { Key = key, Read = read }, bytes);
}
