using System.Collections.Frozen;

namespace Gazette.Import;

/// <summary>
/// What the site tells the importer (site.yml <c>import:</c>, the person registry and the command
/// line). Every property is optional. Reuse one instance for a whole run: compiled rules are cached per instance.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>
    /// Extra noise to remove: a phrase removes every line or paragraph that contains it (ignoring case);
    /// <c>/regex/</c> (optionally <c>/regex/i</c>) removes every line or paragraph it matches.
    /// </summary>
    public IReadOnlyList<string> Boilerplate { get; init; } = [];

    /// <summary>Known section labels; a first line equal to one (ignoring case) is always the section.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>Tag → phrases that imply it (whole words, ignoring case).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TagRules { get; init; } =
        FrozenDictionary<string, IReadOnlyList<string>>.Empty;

    /// <summary>The person registry: a name or alias → canonical name, or null when it knows no such person.</summary>
    public Func<string, string?>? ResolvePerson { get; init; }

    /// <summary>The date to use when the article has no dateline (<c>--date</c>).</summary>
    public DateOnly? FallbackDate { get; init; }

    /// <summary>The file's modification date, used with a warning when there is neither dateline nor fallback.</summary>
    public DateOnly? FileDate { get; init; }
}
