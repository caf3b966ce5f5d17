using System.ComponentModel;
using Gazette.Cli.Output;
using Gazette.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette import</c>: flags → <see cref="ImportBatch"/> → report.</summary>
public sealed class ImportCommand(IAnsiConsole console) : Command<ImportCommand.Settings>
{
    /// <summary>Options of <c>import</c>.</summary>
    public sealed class Settings : CommonSettings
    {
        /// <summary>Files or folders of raw text articles.</summary>
        [CommandArgument(0, "<PATH>")]
        [Description("Raw text articles: files, or folders searched for *.txt.")]
        public string[] Paths { get; init; } = [];

        /// <summary>Where the Markdown files go.</summary>
        [CommandOption("--into <DIR>")]
        [Description("Folder for the Markdown files (default: the site's content/articles/).")]
        public string? Into { get; init; }

        /// <summary>Date for articles without a dateline.</summary>
        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("Date for articles whose text has no dateline (default: the file's modification date, with a warning).")]
        public string? Date { get; init; }

        /// <summary>Overwrite existing files.</summary>
        [CommandOption("--force")]
        [Description("Overwrite Markdown files that already exist.")]
        public bool Force { get; init; }

        /// <summary>Write nothing.</summary>
        [CommandOption("--dry-run")]
        [Description("Write nothing; show what would be written.")]
        public bool DryRun { get; init; }

        /// <summary>text or json.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("Output: text (a table) or json (with --dry-run: one object per input).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        /// <summary>Add people found to people.yml.</summary>
        [CommandOption("--update-registry")]
        [Description("Add the people found that content/people.yml lacks, with their roles; existing entries are never changed.")]
        public bool UpdateRegistry { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Format is not ("text" or "json") ? ValidationResult.Error("--format must be text or json")
            : Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", out _) ? ValidationResult.Error("--date must be YYYY-MM-DD")
            : base.Validate();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new ImportRequest
        {
            SiteDir = settings.Site,
            Paths = settings.Paths,
            Into = settings.Into,
            Date = settings.Date is null ? null : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Force = settings.Force,
            DryRun = settings.DryRun,
            UpdateRegistry = settings.UpdateRegistry,
        };
        var report = ProgressDisplay.Run(console, settings, "Importing", () => CountInputs(settings.Paths), progress => ImportBatch.Run(request, progress));
        return new ImportReporter(console, settings).Report(report);
    }

    // The progress bar needs a total before the work starts: count the inputs cheaply.
    private static int CountInputs(IEnumerable<string> paths) => paths.Sum(p =>
        Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.txt", SearchOption.AllDirectories).Count() : 1);
}
