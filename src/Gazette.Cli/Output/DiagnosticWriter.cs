using Gazette.Diagnostics;

namespace Gazette.Cli.Output;

/// <summary>
/// Writes diagnostic lines unwrapped (editors and CI parse them line by line), coloured only
/// when the stream is a terminal.
/// </summary>
internal sealed class DiagnosticWriter(TextWriter writer, bool colour)
{
    public void WriteLine(string line, Severity severity)
    {
        if (!colour)
        {
            writer.WriteLine(line);
            return;
        }

        var code = severity == Severity.Error ? "31" : "33";
        writer.WriteLine($"\u001b[{code}m{line}\u001b[0m");
    }
}
