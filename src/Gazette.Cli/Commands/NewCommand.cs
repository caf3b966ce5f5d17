using System.ComponentModel;
using Gazette.Scaffolding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary>
/// <c>gazette new DIR</c>: scaffolds a site that builds at once. A DIR that is a file or not
/// empty is refused as a usage error (exit 2); a folder that cannot be written is exit 1.
/// </summary>
public sealed class NewCommand(IAnsiConsole console) : Command<NewCommand.Settings>
{
    /// <summary>Options of <c>new</c>.</summary>
    public sealed class Settings : GlobalSettings
    {
        /// <summary>The folder for the new site.</summary>
        [CommandArgument(0, "<DIR>")]
        [Description("Folder for the new site: created if missing, refused unless empty.")]
        public string Dir { get; init; } = "";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var refusal = SiteScaffolder.Refusal(Dir);
            return refusal is not null ? ValidationResult.Error(refusal) : base.Validate();
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> written;
        try
        {
            written = SiteScaffolder.Create(settings.Dir, DateOnly.FromDateTime(DateTime.UtcNow));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"gazette: cannot create a site in '{settings.Dir}': {ex.Message}");
            return GazetteApp.ContentErrors;
        }

        if (settings.Verbose)
        {
            foreach (var path in written)
            {
                console.WriteLine($"  {path}");
            }
        }

        if (!settings.Quiet)
        {
            console.WriteLine($"created a new site in {settings.Dir} ({written.Count} files)");
            console.WriteLine($"next: cd {settings.Dir} && gazette build   (or gazette serve, to watch and preview)");
        }

        return 0;
    }
}
