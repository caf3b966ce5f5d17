namespace Gazette.Configuration;

/// <summary>
/// One way of grouping articles: the front matter key that lists terms, the URL segment of
/// its pages, and the names templates use. Tags and people are both taxonomies.
/// </summary>
public sealed record TaxonomyConfig(string Name, string Singular, string Title)
{
    /// <summary>The taxonomy whose terms are people resolved through people.yml.</summary>
    public const string PeopleName = "people";

    /// <summary>Tags and people, the defaults.</summary>
    public static readonly IReadOnlyList<TaxonomyConfig> Defaults =
    [
        new("tags", "tag", "Tags"),
        new(PeopleName, "person", "People"),
    ];

    /// <summary>True for the people taxonomy.</summary>
    public bool IsPeople => Name == PeopleName;

    /// <summary>Configuration for a taxonomy named in site.yml.</summary>
    public static TaxonomyConfig For(string name)
    {
        var known = Defaults.FirstOrDefault(t => t.Name == name);
        if (known is not null)
        {
            return known;
        }

        var singular = name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y"
            : name.EndsWith('s') ? name[..^1] : name;
        return new TaxonomyConfig(name, singular, char.ToUpperInvariant(name[0]) + name[1..]);
    }
}
