using System.Net;

namespace Gazette.Cli.Serve;

/// <summary>What <c>gazette serve</c> serves and where.</summary>
internal sealed record ServeOptions
{
    /// <summary>The site folder.</summary>
    public required string SiteDir { get; init; }

    /// <summary>The address to listen on: an IP address, or <c>localhost</c> (both loopbacks).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 4000;

    /// <summary>Include drafts.</summary>
    public bool Drafts { get; init; }

    /// <summary>How long the watcher waits for a burst of saves to end before rebuilding.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The address <paramref name="host"/> names: null for <c>localhost</c>; false when it is
    /// neither an IP address nor <c>localhost</c> (host names would need a resolver's answer,
    /// which may change under a running server).
    /// </summary>
    public static bool TryParseHost(string host, out IPAddress? address)
    {
        address = null;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host.Trim('[', ']'), out address);
    }
}
