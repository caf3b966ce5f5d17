using Gazette.Site;
using Gazette.Templates;
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
/// site.yml, people.yml, the templates and the build flags. An article listed on a page
/// contributes its front matter fields always, and its body only through the body-derived
/// members the page read when it was last rendered (<see cref="BodyFields"/>): a render is a
/// pure function of what it read, so a page that read no body member of an article is the
/// same after that body changes. When a view model gains a field from somewhere new, its key
/// must gain it too: the incremental-build tests compare every rebuild with a clean build
/// byte for byte.
/// </remarks>
internal sealed class PageKeys
{
    private readonly ulong _global;
    private readonly ulong[] _fronts;
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

        _fronts = new ulong[site.Articles.Count];
        Parallel.For(0, _fronts.Length, i => _fronts[i] = Front(site.Articles[i]));
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
    public KeyBuilder Pager(KeyBuilder key, PagerPage<SiteArticle> page, BodyFields read)
    {
        key.Add(page.Number).Add(page.TotalPages).Add(page.TotalItems);
        return Articles(key, page.Items, read);
    }

    /// <summary>An article page: the article, body included, and its related articles and neighbours as listed.</summary>
    public KeyBuilder Article(KeyBuilder key, SiteArticle article, BodyFields read)
    {
        Listed(key, article, BodyFields.All);
        Articles(key, article.Related, read);
        key.Add(article.Newer is null ? 0L : 1L);
        if (article.Newer is not null)
        {
            Listed(key, article.Newer, read);
        }

        key.Add(article.Older is null ? 0L : 1L);
        return article.Older is null ? key : Listed(key, article.Older, read);
    }

    /// <summary>A list of articles, in order.</summary>
    public KeyBuilder Articles(KeyBuilder key, IReadOnlyList<SiteArticle> articles, BodyFields read)
    {
        key.Add(articles.Count);
        foreach (var article in articles)
        {
            Listed(key, article, read);
        }

        return key;
    }

    /// <summary>A taxonomy's index: every term with its count.</summary>
    public KeyBuilder Taxonomy(KeyBuilder key, Taxonomy taxonomy) => key.Add(_taxonomies[taxonomy]);

    /// <summary>A term page's <c>term</c> object: the person's details, quotes and co-appearing people.</summary>
    public KeyBuilder Term(KeyBuilder key, Term term, BodyFields read)
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
            Listed(key.Add(quote.Text), article, read);
        }

        key.Add(term.CoPeople.Count);
        foreach (var (other, count) in term.CoPeople)
        {
            key.Add(_terms[other]).Add(count);
        }

        return key;
    }

    /// <summary>A feed: its route, title and the newest entries it lists, with their bodies if it carries full text.</summary>
    public ulong Feed(string url, string title, string alternate, IReadOnlyList<SiteArticle> articles, int limit, bool fullText) =>
        Articles(new KeyBuilder().Add(_global).Add("feed").Add(url).Add(title).Add(alternate).Add(fullText), articles.Take(limit).ToList(), fullText ? BodyFields.Content : BodyFields.None).Key;

    /// <summary>The sitemap: exactly what it lists, each page's permalink and date.</summary>
    public ulong Sitemap(IEnumerable<Output.SitemapEntry> entries)
    {
        var key = new KeyBuilder().Add(_global).Add("sitemap");
        foreach (var entry in entries)
        {
            key.Add(entry.Permalink).Add(entry.LastModified is { } date ? date.UtcTicks : -1L);
        }

        return key.Key;
    }

    /// <summary>A part of the search index: its place among the parts and its articles' front matter.</summary>
    public ulong SearchPart(int part, int parts, IReadOnlyList<SiteArticle> articles) =>
        Articles(new KeyBuilder().Add(_global).Add("search").Add(part).Add(parts), articles, BodyFields.None).Key;

    // An article as a list shows it: the front matter fields always, body-derived members only if read.
    private KeyBuilder Listed(KeyBuilder key, SiteArticle article, BodyFields read)
    {
        key.Add(_fronts[article.Index]);
        if (read.HasFlag(BodyFields.Content))
        {
            key.Add(article.Article.ContentHash);
        }

        if ((read & (BodyFields.WordCount | BodyFields.ReadingTime)) != 0)
        {
            // Word count decides reading time; adding the latter alone lets a body edit that
            // keeps the minutes keep the pages that show only minutes.
            key.Add(read.HasFlag(BodyFields.WordCount) ? article.Article.WordCount : ArticleObject.ReadingTime(article.Article.WordCount));
        }

        return key;
    }

    // Every member of the article object except the body-derived ones (see ViewModels.Summary).
    private ulong Front(SiteArticle a)
    {
        var article = a.Article;
        var key = new KeyBuilder().Add(article.SourcePath).Add(a.Route.Url)
            .Add(article.Title).Add(article.Subtitle).Add(article.Section).Add(article.Summary).Add(article.Author)
            .Add(article.Date.UtcTicks).Add(article.Date.Offset.Ticks).Add(article.Slug)
            .Add(article.Source is null).Add(article.Source?.Name).Add(article.Source?.Url).Add(article.Draft);
        Value(key, article.Params);
        key.Add(a.Terms.Count);
        foreach (var (taxonomy, terms) in a.Terms)
        {
            key.Add(taxonomy).Add(terms.Count);
            foreach (var term in terms)
            {
                key.Add(_terms[term]);
            }
        }

        key.Add(a.Quotes.Count);
        foreach (var (person, quote) in a.Quotes)
        {
            key.Add(_terms[person]).Add(quote.Text);
        }

        return key.Key;
    }

    // Front matter params: nested maps, lists and scalars, with their shape.
    private static void Value(KeyBuilder key, object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                key.Add("{").Add(map.Count);
                foreach (var (name, item) in map)
                {
                    Value(key.Add(name), item);
                }

                break;
            case IEnumerable<object?> list:
                var items = list.ToList();
                key.Add("[").Add(items.Count);
                foreach (var item in items)
                {
                    Value(key, item);
                }

                break;
            case null:
                key.Add("null");
                break;
            default:
                key.Add(value.GetType().Name).Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static KeyBuilder TermReference(KeyBuilder key, Term term) =>
        key.Add(term.Name).Add(term.Slug).Add(term.Route.Url).Add(term.Person?.Role);
}
