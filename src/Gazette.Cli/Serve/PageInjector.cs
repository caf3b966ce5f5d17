using System.Text;

namespace Gazette.Cli.Serve;

/// <summary>
/// Adds the live-reload script (and, while the build is failing, the error overlay) to an HTML
/// response on its way out. Only served bytes change: the files on disk stay exactly what
/// <c>gazette build</c> would write.
/// </summary>
internal static class PageInjector
{
    private static readonly byte[] BodyEnd = "</body"u8.ToArray();

    /// <summary>
    /// The script: it reloads the page on a <c>reload</c> event, shows the overlay a
    /// <c>failed</c> event carries, and reloads when the server's first <c>hello</c> names a
    /// different build than the page came from (a rebuild or a restart while it was offline).
    /// </summary>
    public static string Script(string version) => $$"""
        <script id="gazette-live-reload">
        (() => {
          const events = new EventSource("{{LiveReload.EventsPath}}");
          events.addEventListener("hello", e => { if (e.data !== "{{version}}") location.reload(); });
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("failed", e => {
            document.getElementById("{{ErrorOverlay.Id}}")?.remove();
            document.body.insertAdjacentHTML("beforeend", e.data);
          });
        })();
        </script>

        """;

    /// <summary>
    /// <paramref name="page"/> with the script for build <paramref name="version"/> and the
    /// optional <paramref name="overlay"/> inserted before its last <c>&lt;/body&gt;</c>
    /// (appended when it has none).
    /// </summary>
    public static byte[] Inject(byte[] page, string version, string? overlay)
    {
        var insert = Encoding.UTF8.GetBytes((overlay ?? "") + Script(version));
        var at = LastBodyEnd(page);
        var result = new byte[page.Length + insert.Length];
        page.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        page.AsSpan(at).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    private static int LastBodyEnd(byte[] page)
    {
        // The tag is ASCII, so a byte search is exact for UTF-8 and spares decoding the page.
        for (var i = page.Length - BodyEnd.Length; i >= 0; i--)
        {
            if (page[i] == '<' && Ascii.EqualsIgnoreCase(page.AsSpan(i, BodyEnd.Length), BodyEnd))
            {
                return i;
            }
        }

        return page.Length;
    }
}
