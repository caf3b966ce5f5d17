using System.Globalization;
using Gazette.Site;
using Scriban.Runtime;

namespace Gazette.Templates;

/// <summary>
/// Builds the read-only objects templates see (snake_case members, plain values), never the
/// domain types. Article objects are built once and shared by every page that lists them.
/// </summary>
public sealed class ViewModels
{
    private readonly SiteModel _site;
    private readonly Func<int, string> _html;
    private readonly ScriptObject?[] _summaries;
    private readonly Dictionary<Term, ScriptObject> _terms = [];

    /// <summary>
    /// View models of <paramref name="site"/>; <paramref name="html"/> gives an article's body
    /// HTML by index. Article objects are made on first use: a rebuild that renders three
    /// pages builds only what those pages show.
    /// </summary>
    public ViewModels(SiteModel site, Func<int, string> html, string generator)
    {
        _site = site;
        _html = html;
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                _terms[term] = TermReference(term);
            }
        }

        _summaries = new ScriptObject?[site.Articles.Count];
        Site = SiteObject(generator);
    }

    /// <summary>The <c>site</c> object.</summary>
    public ScriptObject Site { get; }

    /// <summary>
    /// The full article object (with related and neighbours), made for its page and not kept:
    /// only that page shows it, and kept, ten thousand of them outlived their pages.
    /// </summary>
    public ScriptObject Article(SiteArticle article)
    {
        var o = ((ArticleObject)Summary(article)).ForOwnPage(40);
        o["related"] = new ScriptArray(article.Related.Select(Summary));
        o["newer"] = article.Newer is null ? null : Summary(article.Newer);
        o["older"] = article.Older is null ? null : Summary(article.Older);
        return o;
    }

    /// <summary>The article object used in lists.</summary>
    public ScriptObject Summary(SiteArticle article) =>
        Volatile.Read(ref _summaries[article.Index]) ?? Publish(ref _summaries[article.Index], NewSummary(article));

    // Apart from Summary so that its closure is made only when an object is built.
    private ArticleObject NewSummary(SiteArticle article) => Summary(article, () => _html(article.Index));

    // Pages render in parallel: the first to finish building an object publishes it, so every
    // page shares one. (Checked before building, without a closure: a summary is asked for
    // hundreds of thousands of times.)
    private static ScriptObject Publish(ref ScriptObject? slot, ScriptObject built) =>
        Interlocked.CompareExchange(ref slot, built, null) ?? built;

    /// <summary>A term's short object: name, slug, url, role.</summary>
    public ScriptObject Term(Term term) => _terms[term];

    /// <summary>The <c>pager</c> object for one page of a list.</summary>
    public ScriptObject Pager(PagerPage<SiteArticle> page)
    {
        var routes = page.PageRoutes;
        return new ScriptObject
        {
            ["items"] = new ScriptArray(page.Items.Select(Summary)),
            ["page_number"] = page.Number,
            ["total_pages"] = page.TotalPages,
            ["total_items"] = page.TotalItems,
            ["prev_url"] = page.Number > 1 ? routes[page.Number - 2].Url : "",
            ["next_url"] = page.Number < page.TotalPages ? routes[page.Number].Url : "",
            ["first_url"] = routes[0].Url,
            ["last_url"] = routes[^1].Url,
            ["pages"] = PageWindow(page.Number, routes),
        };
    }

    /// <summary>How many page numbers either side of the current one the pager lists.</summary>
    public const int PagerRadius = 2;

    // The first and last pages and a few around the current one, with a gap marker where
    // numbers are skipped: a tag with 300 pages must not list 300 links on each of them.
    private static ScriptArray PageWindow(int current, IReadOnlyList<Routing.Route> routes)
    {
        var window = new ScriptArray();
        var previous = 0;
        for (var n = 1; n <= routes.Count; n++)
        {
            if (n != 1 && n != routes.Count && Math.Abs(n - current) > PagerRadius)
            {
                continue;
            }

            if (n > previous + 1)
            {
                window.Add(new ScriptObject { ["gap"] = true, ["number"] = 0, ["url"] = "", ["current"] = false });
            }

            window.Add(new ScriptObject { ["gap"] = false, ["number"] = n, ["url"] = routes[n - 1].Url, ["current"] = n == current });
            previous = n;
        }

        return window;
    }

    /// <summary>The <c>taxonomy</c> object of an index page.</summary>
    public ScriptObject TaxonomyObject(Taxonomy taxonomy) => new()
    {
        ["name"] = taxonomy.Config.Name,
        ["title"] = taxonomy.Config.Title,
        ["singular"] = taxonomy.Config.Singular,
        ["url"] = taxonomy.Route.Url,
        ["terms"] = new ScriptArray(taxonomy.Terms.Select(t =>
        {
            var o = new ScriptObject();
            o.Import(_terms[t]);
            o["count"] = t.Articles.Count;
            o["feed_url"] = _site.Config.Feeds ? t.Feed.Url : "";
            o["letter"] = Letter(t.Name);
            return o;
        })),
    };

    /// <summary>The <c>term</c> object of a term page, with people details for people.</summary>
    public ScriptObject TermObject(Term term)
    {
        var o = new ScriptObject();
        o.Import(_terms[term]);
        o["count"] = term.Articles.Count;
        o["feed_url"] = _site.Config.Feeds ? term.Feed.Url : "";
        o["bio"] = term.Person?.Bio ?? "";
        o["links"] = new ScriptArray((term.Person?.Links ?? []).Select(l => new ScriptObject { ["title"] = l.Title, ["url"] = l.Url }));
        o["quotes"] = new ScriptArray(term.Quotes.Select(q => new ScriptObject
        {
            ["text"] = q.Quote.Text,
            ["article"] = Summary(q.Article),
        }));
        o["co_people"] = new ScriptArray(term.CoPeople.Select(c => new ScriptObject
        {
            ["name"] = c.Person.Name,
            ["slug"] = c.Person.Slug,
            ["url"] = c.Person.Route.Url,
            ["role"] = c.Person.Person?.Role ?? "",
            ["count"] = c.Count,
        }));
        return o;
    }

    /// <summary>How many of a year's newest articles <c>latest</c> lists.</summary>
    public const int YearLatest = 5;

    /// <summary>An archive year object; its full <c>articles</c> list is made only if a template reads it.</summary>
    public ScriptObject Year(ArchiveYear year) => new OnDemandObject("articles", () => new ScriptArray(year.Articles.Select(Summary)))
    {
        ["year"] = year.Year,
        ["url"] = year.Route.Url,
        ["count"] = year.Articles.Count,
        ["latest"] = new ScriptArray(year.Articles.Take(YearLatest).Select(Summary)),
    };

    private static string Letter(string name)
    {
        var first = Routing.Slugger.Slugify(name.Length > 0 ? name[..1] : "");
        return first.Length == 1 && char.IsAsciiLetter(first[0]) ? first.ToUpperInvariant() : "#";
    }

    private ScriptObject TermReference(Term term) => new()
    {
        ["name"] = term.Name,
        ["slug"] = term.Slug,
        ["url"] = term.Route.Url,
        ["permalink"] = term.Route.Permalink,
        ["role"] = term.Person?.Role ?? "",
    };

    private ArticleObject Summary(SiteArticle a, Func<string> html)
    {
        var article = a.Article;
        var date = article.Date.UtcDateTime;
        var o = new ArticleObject(html, article.WordCount, 32)
        {
            ["title"] = article.Title,
            ["subtitle"] = article.Subtitle ?? "",
            ["section"] = article.Section ?? "",
            ["summary"] = article.Summary ?? "",
            ["author"] = article.Author ?? "",
            ["date"] = date,
            ["date_iso"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["date_display"] = date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["date_rfc3339"] = article.Date.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture).Replace("+00:00", "Z", StringComparison.Ordinal),
            ["year"] = article.Date.Year,
            ["url"] = a.Route.Url,
            ["permalink"] = a.Route.Permalink,
            ["slug"] = article.Slug,
            ["source"] = new ScriptObject { ["name"] = article.Source?.Name ?? "", ["url"] = article.Source?.Url ?? "" },
            ["tags"] = new ScriptArray(a.TermsOf("tags").Select(t => _terms[t])),
            ["people"] = new ScriptArray(a.TermsOf(Configuration.TaxonomyConfig.PeopleName).Select(t => _terms[t])),
            ["quotes"] = new ScriptArray(a.Quotes.Select(q => new ScriptObject { ["text"] = q.Quote.Text, ["person"] = _terms[q.Person] })),
            ["draft"] = article.Draft,
            ["params"] = Params(article.Params),
        };
        foreach (var (name, terms) in a.Terms)
        {
            if (!o.ContainsKey(name))
            {
                o[name] = new ScriptArray(terms.Select(t => _terms[t]));
            }
        }

        return o;
    }

    private static object? Params(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => Fill(new ScriptObject(), map),
        List<object?> list => new ScriptArray(list.Select(Params)),
        _ => value,
    };

    private static ScriptObject Fill(ScriptObject target, IEnumerable<KeyValuePair<string, object?>> map)
    {
        foreach (var (key, value) in map)
        {
            target[key] = Params(value);
        }

        return target;
    }

    private ScriptObject SiteObject(string generator)
    {
        var config = _site.Config;
        var routes = _site.Routes;
        var taxonomy = (string name) => _site.Taxonomies.FirstOrDefault(t => t.Config.Name == name)?.Route.Url ?? "";
        return new ScriptObject
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["language"] = config.Language,
            ["author"] = config.Author ?? "",
            ["base_url"] = config.BaseUrl,
            ["base_path"] = routes.BasePath,
            ["url"] = routes.Home().Url,
            ["feed_url"] = config.Feeds ? routes.Feed().Url : "",
            ["tags_url"] = taxonomy("tags"),
            ["people_url"] = taxonomy(Configuration.TaxonomyConfig.PeopleName),
            ["archive_url"] = routes.Archive().Url,
            ["search_url"] = routes.Search().Url,
            ["search_index_url"] = routes.SearchIndex().Url,
            ["article_count"] = _site.Articles.Count,
            ["generator"] = generator,
            ["taxonomies"] = new ScriptArray(_site.Taxonomies.Select(t => new ScriptObject
            {
                ["name"] = t.Config.Name,
                ["title"] = t.Config.Title,
                ["url"] = t.Route.Url,
            })),
        };
    }
}
