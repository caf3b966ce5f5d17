namespace Gazette.Cli.Serve;

/// <summary>
/// Turns a request target into a file of the output folder, the way GitHub Pages would answer
/// it, and refuses anything that could name a file outside the folder.
/// </summary>
/// <remarks>
/// The raw request target is checked, not the path Kestrel has already decoded and
/// normalised: a traversal attempt is answered 400 rather than quietly served as some other
/// file. The final <see cref="Path.GetFullPath(string)"/> prefix check guards whatever the
/// syntax checks miss.
/// </remarks>
internal static class RequestPath
{
    /// <summary>What to answer.</summary>
    public enum Kind
    {
        /// <summary>Serve <see cref="Resolution.Value"/>, a full file path inside the output folder.</summary>
        File,

        /// <summary>Redirect to <see cref="Resolution.Value"/>, a URL path.</summary>
        Redirect,

        /// <summary>The site's 404 page.</summary>
        NotFound,

        /// <summary>A malformed or hostile path: 400.</summary>
        BadRequest,
    }

    /// <summary>The answer to one request path.</summary>
    /// <param name="Kind">What to do.</param>
    /// <param name="Value">The file for <see cref="Kind.File"/>, the location for <see cref="Kind.Redirect"/>.</param>
    /// <param name="Permanent">For redirects: 301 (a folder's missing slash) rather than 302.</param>
    public readonly record struct Resolution(Kind Kind, string Value = "", bool Permanent = false);

    /// <summary>
    /// Decodes the path of a raw request target (<c>/a/b%20c/?q</c>, or an absolute URI),
    /// or returns null when it holds a dot segment, an empty segment, a backslash, an encoded
    /// slash or backslash, a NUL or other control character, or a colon.
    /// </summary>
    public static string? Decode(string rawTarget)
    {
        var end = rawTarget.AsSpan().IndexOfAny('?', '#');
        var raw = end < 0 ? rawTarget : rawTarget[..end];
        if (!raw.StartsWith('/'))
        {
            // Absolute-form (GET http://host/path HTTP/1.1): only its path matters.
            if (!Uri.TryCreate(raw, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return null;
            }

            raw = uri.AbsolutePath;
        }

        var segments = raw[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Contains("%2f", StringComparison.OrdinalIgnoreCase) || segment.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var decoded = Uri.UnescapeDataString(segment);
            var last = i == segments.Length - 1;
            if ((decoded.Length == 0 && !last) || decoded is "." or ".." || decoded.Any(c => c is '\\' or ':' || char.IsControl(c)))
            {
                return null;
            }

            segments[i] = decoded;
        }

        return "/" + string.Join('/', segments);
    }

    /// <summary>
    /// Resolves a decoded request path against <paramref name="root"/>, the output folder,
    /// served at <paramref name="basePath"/> (decoded, starting and ending with '/').
    /// </summary>
    public static Resolution Resolve(string root, string basePath, string path)
    {
        if (basePath != "/" && (path == "/" || path + "/" == basePath))
        {
            return new Resolution(Kind.Redirect, Encode(basePath));
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return new Resolution(Kind.NotFound);
        }

        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var relative = path[basePath.Length..];
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return new Resolution(Kind.NotFound);
        }

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                return new Resolution(Kind.Redirect, Encode(path + "/"), Permanent: true);
            }

            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? new Resolution(Kind.File, index) : new Resolution(Kind.NotFound);
        }

        if (File.Exists(full))
        {
            return new Resolution(Kind.File, full);
        }

        // GitHub Pages serves /about from about.html.
        return !path.EndsWith('/') && File.Exists(full + ".html") ? new Resolution(Kind.File, full + ".html") : new Resolution(Kind.NotFound);
    }

    private static string Encode(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
