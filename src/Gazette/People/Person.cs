using Gazette.Diagnostics;

namespace Gazette.People;

/// <summary>A person from people.yml.</summary>
public sealed record Person(string Name, IReadOnlyList<string> Aliases, string? Role, string? Bio, IReadOnlyList<PersonLink> Links, SourceSpan Span);

/// <summary>A link about a person (an official page, an encyclopedia entry).</summary>
public sealed record PersonLink(string Title, string Url);
