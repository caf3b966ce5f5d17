using System.Text;
using Gazette.Diagnostics;
using Gazette.Markdown;
using Gazette.Output;
using Gazette.Site;
using Gazette.Templates;

namespace Gazette.Build;

/// <summary>
/// The render stage: Markdown once per article, then every page in parallel into a slot of
/// its own, so output order never depends on thread scheduling; then feeds and the sitemap.
/// </summary>
internal sealed class SiteRenderer(SiteModel site, TemplateSet templates, DiagnosticBag diagnostics, Action<string> lap)
{
    public List<OutputFile> Render()
    {
        var routes = site.Routes;
        var articleUrls = site.Articles
            .GroupBy(a => Path.GetFileName(a.Article.SourcePath), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Route.Url, StringComparer.Ordinal);
        var markdown = new MarkdownConverter(site.Config.Markdown, new LinkRewriter(routes, articleUrls).Rewrite);
        var html = new string[site.Articles.Count];
        Parallel.For(0, html.Length, i => html[i] = markdown.ToHtml(site.Articles[i].Article.Body));
        lap("markdown");

        var models = new ViewModels(site, html, SiteBuilder.Generator);
        var renderer = new PageRenderer(templates, new GazetteFunctions(routes, markdown), models.Site);
        var jobs = new RenderPlanner(site, models).Plan();
        lap("models");
        var pages = new OutputFile?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var text = renderer.Render(jobs[i]);
            pages[i] = text is null ? null : new OutputFile(jobs[i].Route.OutputPath, Encoding.UTF8.GetBytes(HtmlWhitespace.TrimIndentation(text)), jobs[i].Route.Url);
        });

        renderer.ReportErrors(diagnostics);
        var files = pages.OfType<OutputFile>().ToList();
        lap("pages");
        if (site.Config.Feeds)
        {
            files.AddRange(Feeds(html));
        }

        var sitemap = routes.File("sitemap.xml");
        var articleDates = site.Articles.ToDictionary(a => a.Route.Permalink, a => a.Article.Date, StringComparer.Ordinal);
        var entries = jobs
            .Where(j => j.Kind != "404")
            .Select(j => new SitemapEntry(j.Route.Permalink, articleDates.TryGetValue(j.Route.Permalink, out var date) ? date : null));
        files.Add(new OutputFile(sitemap.OutputPath, SitemapWriter.Write(entries), sitemap.Url));
        files.AddRange(SearchIndexWriter.Write(site));
        var robots = routes.File("robots.txt");
        files.Add(new OutputFile(robots.OutputPath, SitemapWriter.Robots(sitemap.Permalink), robots.Url));
        return files;
    }

    private IEnumerable<OutputFile> Feeds(string[] html)
    {
        var routes = site.Routes;
        var feed = routes.Feed();
        yield return new OutputFile(feed.OutputPath, AtomFeedWriter.Write(site.Config, feed, site.Config.Title, routes.Home().Permalink, site.Articles, html), feed.Url);
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                var title = $"{term.Name} — {site.Config.Title}";
                // Term feeds announce (summary and link); the site feed carries full text. As in
                // Hugo's default, this keeps thousands of term feeds from repeating every article body.
                yield return new OutputFile(term.Feed.OutputPath, AtomFeedWriter.Write(site.Config, term.Feed, title, term.Route.Permalink, term.Articles, html: null), term.Feed.Url);
            }
        }
    }
}
