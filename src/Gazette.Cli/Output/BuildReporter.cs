using System.Globalization;
using Gazette.Build;
using Gazette.Cli.Commands;
using Gazette.Diagnostics;
using Spectre.Console;

namespace Gazette.Cli.Output;

/// <summary>Prints a build's diagnostics (see <see cref="DiagnosticWriter"/>) and summary.</summary>
internal sealed class BuildReporter(IAnsiConsole console, CommonSettings settings)
{
    private readonly DiagnosticWriter errors = DiagnosticWriter.ForStandardError(console);

    public int Report(BuildResult result, string verb)
    {
        errors.Write(Displayed(result.Diagnostics, settings.Site).Where(d => !settings.Quiet || d.Severity == Severity.Error));
        if (!result.Succeeded)
        {
            var count = result.Diagnostics.Count;
            var plural = count == 1 ? "" : "s";
            var what = result.Diagnostics.Any(d => d.Severity == Severity.Error) ? $"error{plural}" : $"warning{plural} (--strict)";
            errors.Summary($"{count} {what}; nothing was written.");
            return GazetteApp.ContentErrors;
        }

        if (settings.Verbose)
        {
            foreach (var (stage, elapsed) in result.Stats.Stages)
            {
                Line(string.Create(CultureInfo.InvariantCulture, $"  {stage,-14} {elapsed.TotalMilliseconds,8:0.0} ms"));
            }

            // Methods compiled at run time are start-up cost that ReadyToRun did not cover.
            Line(string.Create(CultureInfo.InvariantCulture,
                $"  (jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; gc: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB allocated)"));
        }

        if (!settings.Quiet)
        {
            var stats = result.Stats;
            var total = stats.Stages.Sum(s => s.Elapsed.TotalMilliseconds);
            Line(string.Create(CultureInfo.InvariantCulture,
                $"{verb} {stats.Articles} articles, {stats.Files} files ({stats.Written} written, {stats.Removed} removed) in {total:0} ms{(result.OutputDir.Length > 0 && verb == "built" ? " → " + Path.GetRelativePath(Environment.CurrentDirectory, result.OutputDir) : "")}"));
        }

        return 0;
    }

    // Straight to the console's writer: Spectre would wrap a long output path at 80 columns
    // when stdout is a pipe, and scripts read this line whole.
    private void Line(string text) => console.Profile.Out.Writer.WriteLine(text);

    /// <summary>
    /// Diagnostics with paths as the user can open them: they name files relative to the site,
    /// so from elsewhere the site folder is put in front.
    /// </summary>
    public static IEnumerable<Diagnostic> Displayed(IEnumerable<Diagnostic> diagnostics, string site)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(site)).Replace('\\', '/');
        var prefix = relative == "." ? "" : relative + "/";
        return diagnostics.Select(d => d with { Span = d.Span with { Path = Prefixed(prefix, d.Span.Path) } });
    }

    // "[theme]/…" and "--base-url" are not files in the site folder.
    private static string Prefixed(string prefix, string path) =>
        path.StartsWith('[') || path.StartsWith('-') ? path : prefix + path;
}
