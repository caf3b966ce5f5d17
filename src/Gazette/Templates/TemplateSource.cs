namespace Gazette.Templates;

/// <summary>A template file: its name (relative to the templates folder) and where it came from.</summary>
/// <param name="Name">Relative name with '/' separators, e.g. <c>partials/pager.html</c>.</param>
/// <param name="DisplayPath">What errors call it: <c>templates/article.html</c>, or <c>[theme]/article.html</c> for the built-in theme.</param>
/// <param name="Text">The template text.</param>
public sealed record TemplateSource(string Name, string DisplayPath, string Text);
