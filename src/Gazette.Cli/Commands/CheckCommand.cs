using System.ComponentModel;
using Gazette.Build;
using Gazette.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette check</c>: a strict build that writes nothing, reported as text or JSON.</summary>
public sealed class CheckCommand(IAnsiConsole console) : Command<CheckCommand.Settings>
{
    /// <summary>Options of <c>check</c>.</summary>
    public sealed class Settings : CommonSettings
    {
        /// <summary>text or json.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("Output: text (diagnostics on stderr and a summary) or json (one object on stdout, for tools and CI).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Format is not ("text" or "json") ? ValidationResult.Error("--format must be text or json") : base.Validate();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = SiteBuilder.Build(new BuildOptions { SiteDir = settings.Site, Strict = true, Write = false });
        if (settings.Format != "json")
        {
            return new BuildReporter(console, settings).Report(result, "checked");
        }

        Console.Out.Write(CheckJson.Write(result.Succeeded, BuildReporter.Displayed(result.Diagnostics, settings.Site)));
        Console.Out.Flush();
        return result.Succeeded ? 0 : GazetteApp.ContentErrors;
    }
}
