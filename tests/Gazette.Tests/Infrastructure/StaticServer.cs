using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gazette.Tests.Infrastructure;

/// <summary>
/// Serves a built site on loopback under its base path, the way GitHub Pages does: a folder URL
/// gets its index.html, a folder without its trailing slash is redirected, and an unknown URL
/// gets 404.html with status 404. One request per connection keeps it small; browsers cope.
/// </summary>
internal sealed class StaticServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private readonly string _root;
    private readonly string _basePath;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Serves <paramref name="root"/> at <c>http://127.0.0.1:port{basePath}</c>.</summary>
    public StaticServer(string root, string basePath)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        _basePath = basePath;
        _listener.Start();
        Origin = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _loop = AcceptLoop();
    }

    /// <summary><c>http://127.0.0.1:port</c>, without the base path.</summary>
    public string Origin { get; }

    /// <summary>The absolute URL of a site path such as <c>/gazette/tags/</c>.</summary>
    public string Url(string path) => Origin + path;

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => Handle(client));
        }
    }

    private async Task Handle(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync();
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
                {
                    // Headers are not needed: no caching, no ranges, no keep-alive.
                }

                var parts = requestLine?.Split(' ') ?? [];
                var (status, type, body, location) = parts.Length >= 2 ? Respond(parts[1]) : (400, "text/plain", "bad request"u8.ToArray(), null);
                var head = new StringBuilder()
                    .Append("HTTP/1.1 ").Append(status).Append(' ').Append(Reason(status)).Append("\r\n")
                    .Append("Content-Type: ").Append(type).Append("\r\n")
                    .Append("Content-Length: ").Append(body.Length).Append("\r\n")
                    .Append(location is null ? "" : $"Location: {location}\r\n")
                    .Append("Cache-Control: no-store\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
                if (parts.Length == 0 || parts[0] != "HEAD")
                {
                    await stream.WriteAsync(body);
                }
            }
            catch (IOException)
            {
                // The browser closed the connection early; nothing to answer.
            }
        }
    }

    private (int Status, string Type, byte[] Body, string? Location) Respond(string target)
    {
        var path = Uri.UnescapeDataString(target.Split('?', '#')[0]);
        if (path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            var relative = path[_basePath.Length..];
            var full = Path.GetFullPath(Path.Combine(_root, relative));
            if (full.StartsWith(_root, StringComparison.Ordinal))
            {
                if (Directory.Exists(full) && !path.EndsWith('/'))
                {
                    return (301, "text/plain", [], path + "/");
                }

                var file = Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
                if (File.Exists(file))
                {
                    return (200, ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"), File.ReadAllBytes(file), null);
                }
            }
        }

        var notFound = Path.Combine(_root, "404.html");
        return (404, "text/html; charset=utf-8", File.Exists(notFound) ? File.ReadAllBytes(notFound) : "not found"u8.ToArray(), null);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        _ => "Not Found",
    };

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
