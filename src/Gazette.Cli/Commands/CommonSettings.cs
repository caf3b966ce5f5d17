using System.ComponentModel;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary>Options every verb takes.</summary>
public class CommonSettings : CommandSettings
{
    /// <summary>The site folder.</summary>
    [CommandOption("--site <DIR>")]
    [Description("The site folder (holds site.yml, content/, templates/). Default: the current folder.")]
    public string Site { get; init; } = ".";

    /// <summary>Errors only.</summary>
    [CommandOption("-q|--quiet")]
    [Description("Print errors only.")]
    public bool Quiet { get; init; }

    /// <summary>Stage timings and per-file detail.</summary>
    [CommandOption("-v|--verbose")]
    [Description("Print stage timings and per-file detail.")]
    public bool Verbose { get; init; }
}
