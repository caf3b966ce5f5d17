using System.ComponentModel;
using Gazette.Build;
using Gazette.Cli.Output;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette build</c>: flags → <see cref="SiteBuilder"/> → report.</summary>
public sealed class BuildCommand(IAnsiConsole console) : Command<BuildCommand.Settings>
{
    /// <summary>Options of <c>build</c>.</summary>
    public sealed class Settings : CommonSettings
    {
        /// <summary>Output folder.</summary>
        [CommandOption("-o|--output <DIR>")]
        [Description("Output folder (default: site.yml 'output', else _site).")]
        public string? Output { get; init; }

        /// <summary>Base URL.</summary>
        [CommandOption("--base-url <URL>")]
        [Description("Absolute URL the site is served from, e.g. https://user.github.io/repo/.")]
        public string? BaseUrl { get; init; }

        /// <summary>Include drafts.</summary>
        [CommandOption("--drafts")]
        [Description("Include articles marked 'draft: true'.")]
        public bool Drafts { get; init; }

        /// <summary>Warnings fail the build.</summary>
        [CommandOption("--strict")]
        [Description("Treat warnings as errors and check every internal link.")]
        public bool Strict { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new BuildOptions
        {
            SiteDir = settings.Site,
            OutputDir = settings.Output,
            BaseUrl = settings.BaseUrl,
            Drafts = settings.Drafts,
            Strict = settings.Strict,
        };
        var result = ProgressDisplay.Build(console, settings, () => CountArticles(settings.Site),
            progress => SiteBuilder.Build(options with { Progress = progress }));
        return new BuildReporter(console, settings).Report(result, "built");
    }

    // The bar is worth drawing only for a large site: count its article files without reading them.
    private static int CountArticles(string site) =>
        ContentLoader.FindArticles(site, SiteConfigLoader.Load(site, new DiagnosticBag())).Count;
}
