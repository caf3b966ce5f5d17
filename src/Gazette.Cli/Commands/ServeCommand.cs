using System.ComponentModel;
using System.Runtime.InteropServices;
using Gazette.Cli.Output;
using Gazette.Cli.Serve;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette serve</c>: flags → <see cref="SiteServer"/> → report each build until Ctrl+C.</summary>
public sealed class ServeCommand(IAnsiConsole console) : AsyncCommand<ServeCommand.Settings>
{
    /// <summary>Options of <c>serve</c>.</summary>
    public sealed class Settings : CommonSettings
    {
        /// <summary>Address to listen on.</summary>
        [CommandOption("--host <ADDRESS>")]
        [Description("Address to listen on: an IP address, or localhost.")]
        [DefaultValue("127.0.0.1")]
        public string Host { get; init; } = "127.0.0.1";

        /// <summary>Port to listen on.</summary>
        [CommandOption("-p|--port <PORT>")]
        [Description("Port to listen on.")]
        [DefaultValue(4000)]
        public int Port { get; init; } = 4000;

        /// <summary>Include drafts.</summary>
        [CommandOption("--drafts")]
        [Description("Include articles marked 'draft: true'.")]
        public bool Drafts { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Port is < 0 or > 65535 ? ValidationResult.Error("--port must be between 0 and 65535")
            : !ServeOptions.TryParseHost(Host, out _) ? ValidationResult.Error($"--host must be an IP address or localhost, not '{Host}'")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext signal)
        {
            // Handled here: the server shuts down in order and the exit code stays 0.
            signal.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        var reporter = new BuildReporter(console, settings);
        await using var server = new SiteServer(new ServeOptions { SiteDir = settings.Site, Host = settings.Host, Port = settings.Port, Drafts = settings.Drafts });
        server.Built += build => Report(reporter, settings, build);
        try
        {
            await server.StartAsync(stop.Token);
        }
        catch (ServeException ex)
        {
            await Console.Error.WriteLineAsync($"gazette: {ex.Message}");
            return GazetteApp.UsageError;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }

        if (!settings.Quiet)
        {
            console.WriteLine($"Serving {server.State.Title} at {server.Url}");
            console.WriteLine("Press Ctrl+C to stop.");
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM.
        }

        await server.StopAsync();
        if (!settings.Quiet)
        {
            console.WriteLine("Stopped.");
        }

        return 0;
    }

    private void Report(BuildReporter reporter, Settings settings, ServeBuild build)
    {
        if (settings.Verbose)
        {
            foreach (var path in build.Changed)
            {
                console.WriteLine("changed: " + Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/'));
            }
        }

        reporter.Report(build.Result, build.First ? "built" : "rebuilt");
    }
}
