using Gazette.Output;
using Gazette.Routing;
using Gazette.Site;
using Gazette.Templates;
using Scriban.Runtime;

namespace Gazette.Build;

/// <summary>Lists every HTML page of the site as a <see cref="RenderJob"/>, in a fixed order.</summary>
internal sealed class RenderPlanner(SiteModel site, ViewModels models)
{
    public List<RenderJob> Plan()
    {
        var jobs = new List<RenderJob>();
        var routes = site.Routes;
        var feed = site.Config.Feeds ? routes.Feed().Url : "";

        foreach (var page in Paginator.Paginate(site.Articles, site.Config.Paginate, n => routes.Home(n)))
        {
            jobs.Add(Job(page.Route, "home", "", ["home.html"], site.Config.Title, site.Config.Description, feed, new() { ["pager"] = models.Pager(page) }));
        }

        foreach (var article in site.Articles)
        {
            var a = article.Article;
            var page = Page(article.Route, "article", "", a.Title, a.Summary ?? a.Subtitle ?? site.Config.Description, feed);
            jobs.Add(new RenderJob(article.Route, "article", ["article.html"], page, new() { ["article"] = models.Article(article) }));
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            var c = taxonomy.Config;
            var taxonomyObject = models.TaxonomyObject(taxonomy);
            jobs.Add(Job(taxonomy.Route, "taxonomy", c.Name, [$"{c.Name}.html", "taxonomy.html"], c.Title,
                $"Every {c.Singular} on {site.Config.Title}", feed, new() { ["taxonomy"] = taxonomyObject }));
            foreach (var term in taxonomy.Terms)
            {
                var termObject = models.TermObject(term);
                var termFeed = site.Config.Feeds ? term.Feed.Url : "";
                var description = term.Person?.Bio ?? $"Articles about {term.Name} on {site.Config.Title}";
                foreach (var page in Paginator.Paginate(term.Articles, site.Config.Paginate, n => routes.Term(c, term.Slug, n)))
                {
                    jobs.Add(Job(page.Route, "term", c.Name, [$"{c.Singular}.html", "term.html"], term.Name, description, termFeed, new()
                    {
                        ["term"] = termObject,
                        ["taxonomy"] = taxonomyObject,
                        ["pager"] = models.Pager(page),
                    }));
                }
            }
        }

        var years = new ScriptArray(site.Years.Select(models.Year));
        jobs.Add(Job(routes.Archive(), "archive", "archive", ["archive.html"], "Archive", $"Every article on {site.Config.Title} by year", feed, new() { ["years"] = years }));
        foreach (var year in site.Years)
        {
            jobs.Add(Job(year.Route, "archive_year", "archive", ["archive-year.html"], $"{year.Year}", $"Articles from {year.Year}", feed, new() { ["year"] = models.Year(year) }));
        }

        jobs.Add(Job(routes.Search(), "search", "search", ["search.html"], "Search", $"Search {site.Config.Title}", feed, []));
        jobs.Add(Job(routes.NotFound(), "404", "", ["404.html"], "Page not found", "", feed, []));
        return jobs;
    }

    private RenderJob Job(Route route, string kind, string section, string[] templates, string title, string description, string feedUrl, ScriptObject variables) =>
        new(route, kind, templates, Page(route, kind, section, title, description, feedUrl), variables);

    private static ScriptObject Page(Route route, string kind, string section, string title, string description, string feedUrl) => new()
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
