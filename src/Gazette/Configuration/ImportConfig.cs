namespace Gazette.Configuration;

/// <summary>site.yml <c>import:</c> — how raw text articles are cleaned and tagged.</summary>
public sealed record ImportConfig
{
    /// <summary>Phrases (or <c>/regex/</c>) whose lines are removed from raw text.</summary>
    public IReadOnlyList<string> Boilerplate { get; init; } = [];

    /// <summary>Known section labels.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>Tag → phrases that imply it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TagRules { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
}
