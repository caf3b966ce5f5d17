using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Gazette.Cli.Serve;

/// <summary>
/// Answers every request: the event stream, or a file of the last good build at the site's
/// base path as GitHub Pages would, never cached, HTML with the live-reload script added.
/// </summary>
internal sealed class SiteRequestHandler(Task<SiteRebuilder> ready, LiveReload reload, CancellationToken stopping)
{
    private static readonly byte[] FallbackNotFound = Encoding.UTF8.GetBytes(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>404 Not found</h1></body></html>\n");

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        // Nothing is served before the first build has finished.
        var rebuilder = await ready;
        var state = rebuilder.State!;
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        var path = RequestPath.Decode(context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
        if (path is null)
        {
            await Plain(response, StatusCodes.Status400BadRequest, "400 Bad Request: the path is not allowed\n");
            return;
        }

        var head = HttpMethods.IsHead(request.Method);
        if (!head && !HttpMethods.IsGet(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Plain(response, StatusCodes.Status405MethodNotAllowed, "405 Method Not Allowed\n");
            return;
        }

        if (path == LiveReload.EventsPath)
        {
            await reload.StreamAsync(context, () => Greeting(rebuilder.State!), stopping);
            return;
        }

        var resolution = RequestPath.Resolve(state.OutputDir, state.BasePath, path);
        switch (resolution.Kind)
        {
            case RequestPath.Kind.Redirect:
                response.StatusCode = resolution.Permanent ? StatusCodes.Status301MovedPermanently : StatusCodes.Status302Found;
                response.Headers.Location = resolution.Value + request.QueryString;
                return;
            case RequestPath.Kind.File when await TrySendFile(response, resolution.Value, StatusCodes.Status200OK, state, head):
                return;
            default:
                await NotFound(response, state, head);
                return;
        }
    }

    private static string Greeting(ServeState state) =>
        LiveReload.Format("hello", state.Version) + (state.Overlay is { } overlay ? LiveReload.Format("failed", overlay) : "");

    private static async Task NotFound(HttpResponse response, ServeState state, bool head)
    {
        // GitHub Pages answers any missing path with the site's 404.html and status 404.
        if (!await TrySendFile(response, Path.Combine(state.OutputDir, "404.html"), StatusCodes.Status404NotFound, state, head))
        {
            await Send(response, StatusCodes.Status404NotFound, ContentTypes.Html, PageInjector.Inject(FallbackNotFound, state.Version, state.Overlay), head);
        }
    }

    private static async Task<bool> TrySendFile(HttpResponse response, string file, int status, ServeState state, bool head)
    {
        var type = ContentTypes.For(file);
        try
        {
            if (ContentTypes.IsHtml(type))
            {
                var page = await File.ReadAllBytesAsync(file);
                await Send(response, status, type, PageInjector.Inject(page, state.Version, state.Overlay), head);
                return true;
            }

            var length = new FileInfo(file).Length;
            response.StatusCode = status;
            response.ContentType = type;
            response.ContentLength = length;
            if (!head)
            {
                await response.SendFileAsync(file);
            }

            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException && !response.HasStarted)
        {
            // A rebuild removed the file between resolving and reading it.
            return false;
        }
    }

    private static async Task Send(HttpResponse response, int status, string type, byte[] body, bool head)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        if (!head)
        {
            await response.Body.WriteAsync(body);
        }
    }

    private static Task Plain(HttpResponse response, int status, string text) =>
        Send(response, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text), head: false);
}
