using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Gazette.Cli.Serve;

/// <summary>
/// The Server-Sent Events endpoint open pages listen on: each connection gets every event sent
/// after it opened, in order, through its own queue, so a slow page never holds up another.
/// </summary>
internal sealed class LiveReload
{
    /// <summary>The reserved path of the event stream; no site file is served there.</summary>
    public const string EventsPath = "/__gazette/events";

    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();

    /// <summary>How many pages are listening.</summary>
    public int Listeners => _clients.Count;

    /// <summary>Sends event <paramref name="name"/> with <paramref name="data"/> (may span lines) to every open page.</summary>
    public void Send(string name, string data)
    {
        var message = Format(name, data);
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>
    /// Streams events to one page until it goes away or <paramref name="stopping"/> fires.
    /// <paramref name="greeting"/> is asked for only once the page is registered, so no event
    /// falls between the state it describes and the first one queued.
    /// </summary>
    public async Task StreamAsync(HttpContext context, Func<string> greeting, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients.TryAdd(queue, 0);
        try
        {
            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);

            // A quick retry after a restart; the page's "hello" check then reloads it if needed.
            await response.WriteAsync("retry: 1000\n\n" + greeting(), done.Token);
            await response.Body.FlushAsync(done.Token);
            await foreach (var message in queue.Reader.ReadAllAsync(done.Token))
            {
                await response.WriteAsync(message, done.Token);
                await response.Body.FlushAsync(done.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The page closed, or the server is stopping: either way this stream is over.
        }
        finally
        {
            _clients.TryRemove(queue, out _);
        }
    }

    /// <summary>One event in the text/event-stream format.</summary>
    public static string Format(string name, string data) =>
        $"event: {name}\n" + string.Concat(data.Split('\n').Select(line => $"data: {line}\n")) + "\n";
}
