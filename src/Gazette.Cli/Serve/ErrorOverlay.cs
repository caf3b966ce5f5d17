using System.Net;

namespace Gazette.Cli.Serve;

/// <summary>
/// The page-covering panel shown while the build is failing: the diagnostics as
/// <c>path:line:column: error: message</c> lines, HTML-escaped (messages quote the author's
/// text, which may hold markup).
/// </summary>
internal static class ErrorOverlay
{
    /// <summary>The element's id, which the script replaces on each failure.</summary>
    public const string Id = "gazette-error-overlay";

    /// <summary>The overlay for <paramref name="lines"/>.</summary>
    public static string Render(IEnumerable<string> lines) =>
        $"""<div id="{Id}" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:24px;background:rgba(28,6,6,.95);color:#fde8e8;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;text-align:left">"""
        + """<p style="margin:0 0 12px;font-weight:bold;color:#ff8a8a">gazette serve: the build failed. The page below is from the last good build.</p>"""
        + """<pre style="margin:0;white-space:pre-wrap;font:inherit">"""
        + string.Join("\n", lines.Select(WebUtility.HtmlEncode))
        + """</pre><p style="margin:12px 0 0;color:#c8b8b8">Fix it and save: the page reloads by itself.</p></div>"""
        + "\n";
}
