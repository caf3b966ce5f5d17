using System.Globalization;
using Gazette.Build;
using Gazette.Cli.Commands;
using Gazette.Diagnostics;
using Spectre.Console;

namespace Gazette.Cli.Output;

/// <summary>Prints a build's diagnostics (one <c>path:line:column: severity: message</c> line each) and summary.</summary>
internal sealed class BuildReporter(IAnsiConsole console, CommonSettings settings)
{
    private readonly DiagnosticWriter errors = new(Console.Error, colour: !Console.IsErrorRedirected);

    public int Report(BuildResult result, string verb)
    {
        var prefix = SitePrefix(settings.Site);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (settings.Quiet && diagnostic.Severity == Severity.Warning)
            {
                continue;
            }

            var line = (diagnostic with { Span = diagnostic.Span with { Path = Prefixed(prefix, diagnostic.Span.Path) } }).ToString();
            errors.WriteLine(line, diagnostic.Severity);
        }

        if (!result.Succeeded)
        {
            var count = result.Diagnostics.Count;
            var plural = count == 1 ? "" : "s";
            var what = result.Diagnostics.Any(d => d.Severity == Severity.Error) ? $"error{plural}" : $"warning{plural} (--strict)";
            errors.WriteLine($"{count} {what}; nothing was written.", Severity.Error);
            return GazetteApp.ContentErrors;
        }

        if (settings.Verbose)
        {
            foreach (var (stage, elapsed) in result.Stats.Stages)
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-14} {elapsed.TotalMilliseconds,8:0.0} ms"));
            }
        }

        if (!settings.Quiet)
        {
            var stats = result.Stats;
            var total = stats.Stages.Sum(s => s.Elapsed.TotalMilliseconds);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{verb} {stats.Articles} articles, {stats.Files} files ({stats.Written} written, {stats.Removed} removed) in {total:0} ms{(result.OutputDir.Length > 0 && verb == "built" ? " → " + Path.GetRelativePath(Environment.CurrentDirectory, result.OutputDir) : "")}"));
        }

        return 0;
    }

    // Diagnostics name files relative to the site; from elsewhere, prefix the site folder so editors can open them.
    private static string SitePrefix(string site)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(site)).Replace('\\', '/');
        return relative == "." ? "" : relative + "/";
    }

    private static string Prefixed(string prefix, string path) =>
        path.StartsWith('[') || path.StartsWith('-') ? path : prefix + path;
}
