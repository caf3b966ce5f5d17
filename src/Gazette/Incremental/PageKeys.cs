using Gazette.Configuration;
using Gazette.Site;
using Scriban.Runtime;

namespace Gazette.Incremental;

/// <summary>
/// One key per output page or feed, made of everything its view model is built from, so a
/// rebuild renders a page only when its key differs from the one it was last written under.
/// </summary>
/// <remarks>
/// Templates see only <c>site</c>, <c>page</c> and the page kind's variables (see
/// <see cref="Templates.ViewModels"/> and <c>Build/RenderPlanner</c>); each key here covers
/// exactly those. An article contributes its source bytes (so every field read from it) and
/// what the site resolved for it (URL, terms); the inputs key covers the Gazette build,
/// site.yml, people.yml, the templates and the build flags. When a view model gains a field
/// from somewhere new, its key must gain it too: the incremental-build tests compare every
/// rebuild with a clean build byte for byte.
/// </remarks>
internal sealed class PageKeys
{
    private readonly ulong _global;
    private readonly ulong[] _summaries;
    private readonly Dictionary<Term, ulong> _terms = [];
    private readonly Dictionary<Taxonomy, ulong> _taxonomies = [];

    public PageKeys(SiteModel site, ulong inputs)
    {
        var global = new KeyBuilder().Add(inputs).Add(site.Articles.Count);
        foreach (var taxonomy in site.Taxonomies)
        {
            global.Add(taxonomy.Config.Name).Add(taxonomy.Config.Title).Add(taxonomy.Route.Url);
        }

        // Bodies link to other articles by file name (LinkRewriter): every body depends on that map.
        foreach (var article in site.Articles)
        {
            global.Add(article.Article.SourcePath).Add(article.Route.Url);
        }

        _global = global.Key;
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                _terms[term] = TermReference(new KeyBuilder(), term).Key;
            }
        }

        _summaries = new ulong[site.Articles.Count];
        Parallel.For(0, _summaries.Length, i => _summaries[i] = Summary(site.Articles[i]));
        foreach (var taxonomy in site.Taxonomies)
        {
            var key = new KeyBuilder().Add(taxonomy.Config.Name).Add(taxonomy.Config.Singular);
            foreach (var term in taxonomy.Terms)
            {
                key.Add(_terms[term]).Add(term.Articles.Count);
            }

            _taxonomies[taxonomy] = key.Key;
        }
    }

    /// <summary>Starts a page's key: the site, the page kind, its candidate templates and its <c>page</c> object.</summary>
    public KeyBuilder Page(string kind, string[] templates, ScriptObject page)
    {
        var key = new KeyBuilder().Add(_global).Add(kind);
        foreach (var template in templates)
        {
            key.Add(template);
        }

        foreach (var (name, value) in page)
        {
            key.Add(name).Add(value as string ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return key;
    }

    /// <summary>A list page's items and position.</summary>
    public KeyBuilder Pager(KeyBuilder key, PagerPage<SiteArticle> page)
    {
        key.Add(page.Number).Add(page.TotalPages).Add(page.TotalItems);
        return Articles(key, page.Items);
    }

    /// <summary>An article page: the article, its related articles and its neighbours.</summary>
    public KeyBuilder Article(KeyBuilder key, SiteArticle article)
    {
        key.Add(_summaries[article.Index]);
        Articles(key, article.Related);
        key.Add(article.Newer is null ? 0 : _summaries[article.Newer.Index]);
        return key.Add(article.Older is null ? 0 : _summaries[article.Older.Index]);
    }

    /// <summary>A list of articles, in order.</summary>
    public KeyBuilder Articles(KeyBuilder key, IReadOnlyList<SiteArticle> articles)
    {
        key.Add(articles.Count);
        foreach (var article in articles)
        {
            key.Add(_summaries[article.Index]);
        }

        return key;
    }

    /// <summary>A taxonomy's index: every term with its count.</summary>
    public KeyBuilder Taxonomy(KeyBuilder key, Taxonomy taxonomy) => key.Add(_taxonomies[taxonomy]);

    /// <summary>A term page's <c>term</c> object: the person's details, quotes and co-appearing people.</summary>
    public KeyBuilder Term(KeyBuilder key, Term term)
    {
        key.Add(_terms[term]).Add(term.Articles.Count).Add(term.Feed.Url);
        var person = term.Person;
        key.Add(person?.Bio);
        foreach (var link in person?.Links ?? [])
        {
            key.Add(link.Title).Add(link.Url);
        }

        key.Add(term.Quotes.Count);
        foreach (var (article, quote) in term.Quotes)
        {
            key.Add(quote.Text).Add(_summaries[article.Index]);
        }

        key.Add(term.CoPeople.Count);
        foreach (var (other, count) in term.CoPeople)
        {
            key.Add(_terms[other]).Add(count);
        }

        return key;
    }

    /// <summary>A feed: its route, title and the newest entries it lists.</summary>
    public ulong Feed(string url, string title, string alternate, IReadOnlyList<SiteArticle> articles, int limit, bool fullText) =>
        Articles(new KeyBuilder().Add(_global).Add("feed").Add(url).Add(title).Add(alternate).Add(fullText), articles.Take(limit).ToList()).Key;

    private ulong Summary(SiteArticle a)
    {
        var article = a.Article;
        var key = new KeyBuilder().Add(article.SourcePath).Add(article.ContentHash).Add(a.Route.Url);
        foreach (var (taxonomy, terms) in a.Terms)
        {
            key.Add(taxonomy).Add(terms.Count);
            foreach (var term in terms)
            {
                key.Add(_terms[term]);
            }
        }

        foreach (var (person, quote) in a.Quotes)
        {
            key.Add(_terms[person]).Add(quote.Text);
        }

        return key.Key;
    }

    private static KeyBuilder TermReference(KeyBuilder key, Term term) =>
        key.Add(term.Name).Add(term.Slug).Add(term.Route.Url).Add(term.Person?.Role);
}
