using Gazette.Content;
using Gazette.Routing;

namespace Gazette.Site;

/// <summary>An article placed in the site: its route, its terms and its neighbours.</summary>
public sealed class SiteArticle(Article article, Route route, int index)
{
    /// <summary>The article as written.</summary>
    public Article Article { get; } = article;

    /// <summary>Where its page lives.</summary>
    public Route Route { get; } = route;

    /// <summary>Position in the site order (0 = newest).</summary>
    public int Index { get; } = index;

    /// <summary>Its terms per taxonomy name, in front matter order, each once.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Term>> Terms { get; internal set; } = new Dictionary<string, IReadOnlyList<Term>>();

    /// <summary>Articles sharing the most terms with this one, best first.</summary>
    public IReadOnlyList<SiteArticle> Related { get; internal set; } = [];

    /// <summary>The next newer article, or null for the newest.</summary>
    public SiteArticle? Newer { get; internal set; }

    /// <summary>The next older article, or null for the oldest.</summary>
    public SiteArticle? Older { get; internal set; }

    /// <summary>Quotes with their speakers resolved to people terms.</summary>
    public IReadOnlyList<(Term Person, Quote Quote)> Quotes { get; internal set; } = [];

    /// <summary>The terms of one taxonomy (empty when none).</summary>
    public IReadOnlyList<Term> TermsOf(string taxonomy) => Terms.GetValueOrDefault(taxonomy) ?? [];
}
