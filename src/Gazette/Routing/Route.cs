namespace Gazette.Routing;

/// <summary>
/// Where one output lives: the file under the output folder, the URL links use (base path
/// included) and the absolute permalink. Made only by <see cref="Routes"/>.
/// </summary>
/// <param name="OutputPath">Relative file path with '/' separators, e.g. <c>articles/x/index.html</c>.</param>
/// <param name="Url">Site-relative URL with the base path, e.g. <c>/repo/articles/x/</c>.</param>
/// <param name="Permalink">Absolute URL, e.g. <c>https://user.github.io/repo/articles/x/</c>.</param>
public sealed record Route(string OutputPath, string Url, string Permalink);
