namespace Gazette.Cli.Serve;

/// <summary>The server could not start (the port is taken, or the address cannot be bound); the message says what to do.</summary>
internal sealed class ServeException(string message, Exception? inner = null) : Exception(message, inner);
