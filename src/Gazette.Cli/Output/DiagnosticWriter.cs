using System.Globalization;
using Gazette.Diagnostics;
using Spectre.Console;

namespace Gazette.Cli.Output;

/// <summary>
/// Writes diagnostics for people or for tools. On an interactive terminal they are grouped by
/// file and coloured by severity; anywhere else (a pipe, a file, CI) each is one unwrapped
/// <c>path:line:column: severity: message</c> line, the form editors and CI annotate.
/// </summary>
internal sealed class DiagnosticWriter
{
    private readonly IAnsiConsole? terminal;
    private readonly TextWriter? plain;

    private DiagnosticWriter(IAnsiConsole? terminal, TextWriter? plain) => (this.terminal, this.plain) = (terminal, plain);

    /// <summary>One line per diagnostic, no colour.</summary>
    public static DiagnosticWriter Plain(TextWriter writer) => new(null, writer);

    /// <summary>Grouped by file and coloured, for a person at a terminal.</summary>
    public static DiagnosticWriter Grouped(IAnsiConsole console) => new(console, null);

    /// <summary>
    /// The writer for standard error: grouped when <paramref name="stdout"/> is an interactive
    /// ANSI terminal and standard error is not redirected, plain otherwise.
    /// </summary>
    public static DiagnosticWriter ForStandardError(IAnsiConsole stdout) =>
        UseTerminal(stdout.Profile.Capabilities, Console.IsErrorRedirected)
            ? Grouped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }))
            : Plain(Console.Error);

    /// <summary>Whether a person is reading: the terminal is interactive and understands colour, and errors go to it.</summary>
    public static bool UseTerminal(IReadOnlyCapabilities capabilities, bool errorRedirected) =>
        capabilities.Interactive && capabilities.Ansi && !errorRedirected;

    /// <summary>Writes <paramref name="diagnostics"/>; in grouped form, files appear in the order first met.</summary>
    public void Write(IEnumerable<Diagnostic> diagnostics)
    {
        if (plain is not null)
        {
            foreach (var diagnostic in diagnostics)
            {
                plain.WriteLine(diagnostic.ToString());
            }

            return;
        }

        var console = terminal!;
        foreach (var file in diagnostics.GroupBy(d => d.Span.Path, StringComparer.Ordinal))
        {
            console.MarkupLineInterpolated($"[bold underline]{file.Key}[/]");
            var width = file.Max(d => Location(d).Length);
            foreach (var diagnostic in file)
            {
                var (label, colour) = diagnostic.Severity == Severity.Error ? ("error", "red") : ("warning", "yellow");
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"  [dim]{Location(diagnostic).PadRight(width)}[/]  [{colour}]{label,-7}[/]  {Markup.Escape(diagnostic.Message)}"));
            }

            console.WriteLine();
        }
    }

    /// <summary>A closing line such as "2 errors; nothing was written.", in the error colour on a terminal.</summary>
    public void Summary(string line)
    {
        if (plain is not null)
        {
            plain.WriteLine(line);
        }
        else
        {
            terminal!.MarkupLineInterpolated($"[red]{line}[/]");
        }
    }

    private static string Location(Diagnostic diagnostic) =>
        string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Span.Line}:{diagnostic.Span.Column}");
}
