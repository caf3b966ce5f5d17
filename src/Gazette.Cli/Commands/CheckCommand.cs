using Gazette.Build;
using Gazette.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette check</c>: a strict build that writes nothing.</summary>
public sealed class CheckCommand(IAnsiConsole console) : Command<CommonSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        var result = SiteBuilder.Build(new BuildOptions { SiteDir = settings.Site, Strict = true, Write = false });
        return new BuildReporter(console, settings).Report(result, "checked");
    }
}
