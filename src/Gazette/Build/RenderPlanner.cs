using Gazette.Incremental;
using Gazette.Output;
using Gazette.Routing;
using Gazette.Site;
using Gazette.Templates;
using Scriban.Runtime;

namespace Gazette.Build;

/// <summary>
/// Lists every HTML page of the site as a <see cref="RenderJob"/>, in a fixed order, each with
/// its key; view models are made only for the pages that get rendered.
/// </summary>
internal sealed class RenderPlanner(SiteModel site, ViewModels models, PageKeys keys)
{
    // Each job's key, made once every job is listed: hashing tens of thousands of pages'
    // inputs is the bulk of planning, and it parallelises where listing does not.
    private readonly List<Func<ulong>> _keys = [];

    public List<RenderJob> Plan()
    {
        _keys.Clear();
        var jobs = new List<RenderJob>();
        var routes = site.Routes;
        var feed = site.Config.Feeds ? routes.Feed().Url : "";

        foreach (var page in Paginator.Paginate(site.Articles, site.Config.Paginate, n => routes.Home(n)))
        {
            jobs.Add(Job(page.Route, "home", "", ["home.html"], site.Config.Title, site.Config.Description, feed,
                () => new() { ["pager"] = models.Pager(page) }, key => keys.Pager(key, page)));
        }

        foreach (var article in site.Articles)
        {
            var a = article.Article;
            jobs.Add(Job(article.Route, "article", "", ["article.html"], a.Title, a.Summary ?? a.Subtitle ?? site.Config.Description, feed,
                () => new() { ["article"] = models.Article(article) }, key => keys.Article(key, article)));
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            var c = taxonomy.Config;
            var taxonomyObject = new Lazy<ScriptObject>(() => models.TaxonomyObject(taxonomy));
            jobs.Add(Job(taxonomy.Route, "taxonomy", c.Name, [$"{c.Name}.html", "taxonomy.html"], c.Title, $"Every {c.Singular} on {site.Config.Title}", feed,
                () => new() { ["taxonomy"] = taxonomyObject.Value }, key => keys.Taxonomy(key, taxonomy)));
            foreach (var term in taxonomy.Terms)
            {
                var termObject = new Lazy<ScriptObject>(() => models.TermObject(term));
                var termFeed = site.Config.Feeds ? term.Feed.Url : "";
                var description = term.Person?.Bio ?? $"Articles about {term.Name} on {site.Config.Title}";
                foreach (var page in Paginator.Paginate(term.Articles, site.Config.Paginate, n => routes.Term(c, term.Slug, n)))
                {
                    jobs.Add(Job(page.Route, "term", c.Name, [$"{c.Singular}.html", "term.html"], term.Name, description, termFeed,
                        () => new()
                        {
                            ["term"] = termObject.Value,
                            ["taxonomy"] = taxonomyObject.Value,
                            ["pager"] = models.Pager(page),
                        },
                        key => keys.Pager(keys.Term(keys.Taxonomy(key, taxonomy), term), page)));
                }
            }
        }

        jobs.Add(Job(routes.Archive(), "archive", "archive", ["archive.html"], "Archive", $"Every article on {site.Config.Title} by year", feed,
            () => new() { ["years"] = new ScriptArray(site.Years.Select(models.Year)) },
            key =>
            {
                foreach (var year in site.Years)
                {
                    keys.Articles(key.Add(year.Year), year.Articles);
                }

                return key;
            }));
        foreach (var year in site.Years)
        {
            jobs.Add(Job(year.Route, "archive_year", "archive", ["archive-year.html"], $"{year.Year}", $"Articles from {year.Year}", feed,
                () => new() { ["year"] = models.Year(year) }, key => keys.Articles(key.Add(year.Year), year.Articles)));
        }

        jobs.Add(Job(routes.Search(), "search", "search", ["search.html"], "Search", $"Search {site.Config.Title}", feed, () => [], key => key));
        jobs.Add(Job(routes.NotFound(), "404", "", ["404.html"], "Page not found", "", feed, () => [], key => key));
        Parallel.For(0, jobs.Count, i => jobs[i] = jobs[i] with { Key = _keys[i]() });
        return jobs;
    }

    private RenderJob Job(Route route, string kind, string section, string[] templates, string title, string description, string feedUrl,
        Func<ScriptObject> variables, Func<KeyBuilder, KeyBuilder> key)
    {
        var page = Page(route, kind, section, title, description, feedUrl);
        _keys.Add(() => key(keys.Page(kind, templates, page)).Key);
        return new RenderJob(route, kind, templates, page, variables, 0);
    }

    private static ScriptObject Page(Route route, string kind, string section, string title, string description, string feedUrl) => new(8)
    {
        ["kind"] = kind,
        ["section"] = section,
        ["title"] = title,
        ["description"] = description,
        ["url"] = route.Url,
        ["permalink"] = route.Permalink,
        ["feed_url"] = feedUrl,
        ["image"] = "",
    };
}
