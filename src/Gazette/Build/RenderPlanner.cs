using Gazette.Incremental;
using Gazette.Output;
using Gazette.Routing;
using Gazette.Site;
using Gazette.Templates;
using Scriban.Runtime;

namespace Gazette.Build;

/// <summary>
/// Lists every HTML page of the site as a <see cref="RenderJob"/>, in a fixed order, each with
/// its key; view models are made only for the pages that get rendered. A page's key depends on
/// what it read of listed articles' bodies (<see cref="BodyFields"/>), known from its last
/// render: <paramref name="lastRead"/> gives it, or null for a page not written before.
/// </summary>
internal sealed class RenderPlanner(SiteModel site, ViewModels models, PageKeys keys, Func<string, BodyFields?> lastRead)
{
    public List<RenderJob> Plan()
    {
        var jobs = new List<RenderJob>();
        var routes = site.Routes;
        var feed = site.Config.Feeds ? routes.Feed().Url : "";

        foreach (var page in Paginator.Paginate(site.Articles, site.Config.Paginate, n => routes.Home(n)))
        {
            jobs.Add(Job(page.Route, "home", "", ["home.html"], site.Config.Title, site.Config.Description, feed,
                () => new() { ["pager"] = models.Pager(page) }, (key, read) => keys.Pager(key, page, read)));
        }

        foreach (var article in site.Articles)
        {
            var a = article.Article;
            jobs.Add(Job(article.Route, "article", "", ["article.html"], a.Title, a.Summary ?? a.Subtitle ?? site.Config.Description, feed,
                () => new() { ["article"] = models.Article(article) }, (key, read) => keys.Article(key, article, read)));
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            var c = taxonomy.Config;
            var taxonomyObject = new Lazy<ScriptObject>(() => models.TaxonomyObject(taxonomy));
            jobs.Add(Job(taxonomy.Route, "taxonomy", c.Name, [$"{c.Name}.html", "taxonomy.html"], c.Title, $"Every {c.Singular} on {site.Config.Title}", feed,
                () => new() { ["taxonomy"] = taxonomyObject.Value }, (key, _) => keys.Taxonomy(key, taxonomy)));
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
                        (key, read) => keys.Pager(keys.Term(keys.Taxonomy(key, taxonomy), term, read), page, read)));
                }
            }
        }

        jobs.Add(Job(routes.Archive(), "archive", "archive", ["archive.html"], "Archive", $"Every article on {site.Config.Title} by year", feed,
            () => new() { ["years"] = new ScriptArray(site.Years.Select(models.Year)) },
            (key, read) =>
            {
                foreach (var year in site.Years)
                {
                    keys.Articles(key.Add(year.Year), year.Articles, read);
                }

                return key;
            }));
        foreach (var year in site.Years)
        {
            jobs.Add(Job(year.Route, "archive_year", "archive", ["archive-year.html"], $"{year.Year}", $"Articles from {year.Year}", feed,
                () => new() { ["year"] = models.Year(year) }, (key, read) => keys.Articles(key.Add(year.Year), year.Articles, read)));
        }

        jobs.Add(Job(routes.Search(), "search", "search", ["search.html"], "Search", $"Search {site.Config.Title}", feed, () => [], (key, _) => key));
        jobs.Add(Job(routes.NotFound(), "404", "", ["404.html"], "Page not found", "", feed, () => [], (key, _) => key));
        // Keys once every job is listed: hashing tens of thousands of pages' inputs is the bulk
        // of planning, and it parallelises where listing does not. A page not written before
        // gets its key after rendering, when what it reads is known.
        Parallel.For(0, jobs.Count, i =>
        {
            if (lastRead(jobs[i].Route.OutputPath) is { } read)
            {
                jobs[i] = jobs[i] with { Key = jobs[i].KeyFor(read), Read = read };
            }
        });
        return jobs;
    }

    private RenderJob Job(Route route, string kind, string section, string[] templates, string title, string description, string feedUrl,
        Func<ScriptObject> variables, Func<KeyBuilder, BodyFields, KeyBuilder> key)
    {
        var page = Page(route, kind, section, title, description, feedUrl);
        return new RenderJob(route, kind, templates, page, variables, read => key(keys.Page(kind, templates, page).Add((long)read), read).Key);
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
