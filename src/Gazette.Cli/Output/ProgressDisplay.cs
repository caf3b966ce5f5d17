using Gazette.Cli.Commands;
using Spectre.Console;

namespace Gazette.Cli.Output;

/// <summary>
/// A progress bar for long work on an interactive terminal (more than <see cref="Threshold"/>
/// items); otherwise the work just runs, and the summary line says what happened.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Fewer items than this finish before a bar would be worth drawing.</summary>
    public const int Threshold = 200;

    public static T Run<T>(IAnsiConsole console, CommonSettings settings, string label, Func<int> total, Func<IProgress<int>?, T> work)
    {
        var interactive = console.Profile.Capabilities.Interactive && !settings.Quiet && !Console.IsOutputRedirected;
        var count = interactive ? total() : 0;
        if (count <= Threshold)
        {
            return work(null);
        }

        T result = default!;
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(label, maxValue: count);
            result = work(new Progress<int>(done => task.Value = done));
        });
        return result;
    }
}
