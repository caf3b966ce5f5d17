using System.ComponentModel;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary>Options every verb that works on a site takes.</summary>
public class CommonSettings : GlobalSettings
{
    /// <summary>The site folder.</summary>
    [CommandOption("--site <DIR>")]
    [Description("The site folder (holds site.yml, content/, templates/). Default: the current folder.")]
    public string Site { get; init; } = ".";
}
