using Microsoft.AspNetCore.StaticFiles;

namespace Gazette.Cli.Serve;

/// <summary>The Content-Type a file is served with, by extension, as GitHub Pages sends it.</summary>
internal static class ContentTypes
{
    /// <summary>The type of HTML pages.</summary>
    public const string Html = "text/html; charset=utf-8";

    // Text types name their charset: every file Gazette writes is UTF-8, and a browser guessing
    // otherwise would garble the non-ASCII text news is full of.
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = Html,
        [".htm"] = Html,
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".map"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".ttf"] = "font/ttf",
        [".otf"] = "font/otf",
        [".pdf"] = "application/pdf",
        [".webmanifest"] = "application/manifest+json",
        [".wasm"] = "application/wasm",
    };

    private static readonly FileExtensionContentTypeProvider Others = new();

    /// <summary>The Content-Type for <paramref name="path"/>; <c>application/octet-stream</c> when unknown.</summary>
    public static string For(string path) =>
        Known.TryGetValue(Path.GetExtension(path), out var type) ? type
        : Others.TryGetContentType(path, out var other) ? other
        : "application/octet-stream";

    /// <summary>Whether responses of this type get the live-reload script.</summary>
    public static bool IsHtml(string contentType) => contentType == Html;
}
