using Gazette.Cli;
using Spectre.Console.Testing;

namespace Gazette.Tests.Infrastructure;

/// <summary>
/// Runs the command line in-process and captures what it printed: Spectre's console output and
/// anything written to Console.Out, and Console.Error (diagnostics) apart. Tests using it belong
/// to <see cref="ConsoleCollection"/>, since the process's console is shared.
/// </summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args) => Run(null, args);

    /// <summary>Runs with a build hook, as the gazette process passes one (see <see cref="GazetteApp.Run"/>).</summary>
    public static (int Code, string Out, string Err) Run(Action<Gazette.Cli.Commands.BuildCommand.Settings>? beforeBuild, params string[] args)
    {
        var console = new TestConsole();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (previousOut, previousErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = GazetteApp.Run(args, console, beforeBuild);
            return (code, console.Output + stdout, stderr.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousErr);
        }
    }
}

/// <summary>Tests that redirect the process's console must not run alongside each other.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
