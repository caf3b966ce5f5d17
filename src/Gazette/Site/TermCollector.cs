using Gazette.Configuration;
using Gazette.Diagnostics;
using Gazette.People;
using Gazette.Routing;

namespace Gazette.Site;

/// <summary>
/// Builds one taxonomy: names keyed by slug (case variants merge), two genuinely different
/// names with one slug are an error naming both, people go through the registry first.
/// </summary>
internal sealed class TermCollector(TaxonomyConfig config, Routes routes, PersonRegistry registry, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (Term Term, SourceSpan FirstSeen)> _bySlug = new(StringComparer.Ordinal);

    // The same few thousand names recur across tens of thousands of references.
    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);

    /// <summary>
    /// The taxonomy, and each article's terms in it (by article index). Articles are not
    /// changed here, so that taxonomies can be collected side by side.
    /// </summary>
    public (Taxonomy Taxonomy, List<Term>[] Terms, List<(Term, Content.Quote)>[]? Quotes) Collect(IReadOnlyList<SiteArticle> articles)
    {
        var termsOf = new List<Term>[articles.Count];
        var quotesOf = config.IsPeople ? new List<(Term, Content.Quote)>[articles.Count] : null;
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var terms = new List<Term>();
            var references = article.Article.Terms.GetValueOrDefault(config.Name) ?? [];
            foreach (var reference in references)
            {
                AddUnique(terms, Resolve(reference.Name, reference.Span));
            }

            if (quotesOf is not null)
            {
                // A person quoted is a person in the article, even when front matter forgot to list them.
                var quotes = new List<(Term, Content.Quote)>();
                foreach (var quote in article.Article.Quotes)
                {
                    var speaker = Resolve(quote.Person, quote.Span);
                    if (speaker is not null)
                    {
                        AddUnique(terms, speaker);
                        quotes.Add((speaker, quote));
                        speaker.Quotes.Add((article, quote));
                    }
                }

                quotesOf[i] = quotes;
            }

            foreach (var term in terms)
            {
                term.Articles.Add(article);
            }

            termsOf[i] = terms;
        }

        var ordered = config.IsPeople
            ? _bySlug.Values.Select(v => v.Term).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)
            : _bySlug.Values.Select(v => v.Term).OrderByDescending(t => t.Articles.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal);
        return (new Taxonomy(config, routes.TaxonomyIndex(config), ordered.ToList()), termsOf, quotesOf);
    }

    private static void AddUnique(List<Term> terms, Term? term)
    {
        if (term is not null && !terms.Contains(term))
        {
            terms.Add(term);
        }
    }

    private Term? Resolve(string written, SourceSpan span)
    {
        var person = config.IsPeople ? registry.Find(written) : null;
        var name = person?.Name ?? written;
        if (!_slugs.TryGetValue(name, out var slug))
        {
            _slugs[name] = slug = Slugger.Slugify(name);
        }

        if (slug.Length == 0)
        {
            diagnostics.Error(span, $"{config.Singular} '{written}' has no letter or digit to make a URL from");
            return null;
        }

        if (_bySlug.TryGetValue(slug, out var existing))
        {
            if (!string.Equals(existing.Term.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                var hint = config.IsPeople ? "; if they are one person, add one as an alias of the other in people.yml" : "; use one spelling";
                diagnostics.Error(span, $"{config.Singular} '{name}' and '{existing.Term.Name}' (at {existing.FirstSeen}) would share the URL {existing.Term.Route.Url}{hint}");
            }

            return existing.Term;
        }

        var term = new Term(config, slug, name, routes.Term(config, slug), routes.TermFeed(config, slug)) { Person = person };
        _bySlug.Add(slug, (term, span));
        return term;
    }
}
