using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary>Options every verb takes, including those without a site (<c>new</c>).</summary>
public class GlobalSettings : CommandSettings
{
    /// <summary>Errors only.</summary>
    [CommandOption("-q|--quiet")]
    [Description("Print errors only.")]
    public bool Quiet { get; init; }

    /// <summary>Stage timings and per-file detail.</summary>
    [CommandOption("-v|--verbose")]
    [Description("Print stage timings and per-file detail.")]
    public bool Verbose { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Quiet && Verbose ? ValidationResult.Error("--quiet and --verbose cannot be used together") : ValidationResult.Success();
}
