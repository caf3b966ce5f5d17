using Gazette.Configuration;
using Gazette.People;
using Gazette.Routing;

namespace Gazette.Site;

/// <summary>One tag, one person: a named group of articles with its own pages.</summary>
public sealed class Term(TaxonomyConfig taxonomy, string slug, string name, Route route, Route feed)
{
    /// <summary>The taxonomy it belongs to.</summary>
    public TaxonomyConfig Taxonomy { get; } = taxonomy;

    /// <summary>URL segment; the term's identity.</summary>
    public string Slug { get; } = slug;

    /// <summary>Display name.</summary>
    public string Name { get; } = name;

    /// <summary>First page of the term's list.</summary>
    public Route Route { get; } = route;

    /// <summary>The term's Atom feed.</summary>
    public Route Feed { get; } = feed;

    /// <summary>The people.yml entry, for people that have one.</summary>
    public Person? Person { get; init; }

    /// <summary>Its articles in site order.</summary>
    public List<SiteArticle> Articles { get; } = [];

    /// <summary>For people: quotes credited to them, in site order.</summary>
    public List<(SiteArticle Article, Content.Quote Quote)> Quotes { get; } = [];

    /// <summary>For people: who appears in the same articles most often, with the count.</summary>
    public IReadOnlyList<(Term Person, int Count)> CoPeople { get; internal set; } = [];
}
