using Gazette.Build;
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

    public static T Run<T>(IAnsiConsole console, GlobalSettings settings, string label, Func<int> total, Func<IProgress<int>?, T> work)
    {
        var count = Interactive(console, settings) ? total() : 0;
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

    /// <summary>
    /// A build with a bar per render stage when the site has more than <see cref="Threshold"/>
    /// articles on an interactive terminal; the bar waits, indeterminate, while content loads.
    /// </summary>
    public static BuildResult Build(IAnsiConsole console, GlobalSettings settings, Func<int> articles, Func<IProgress<BuildProgress>?, BuildResult> build)
    {
        if (!Interactive(console, settings) || articles() <= Threshold)
        {
            return build(null);
        }

        BuildResult result = null!;
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Loading content");
            task.IsIndeterminate = true;
            result = build(new StageProgress(task));
        });
        return result;
    }

    private static bool Interactive(IAnsiConsole console, GlobalSettings settings) =>
        console.Profile.Capabilities.Interactive && !settings.Quiet && !Console.IsOutputRedirected;

    // Reports come from render threads in any order: the bar only moves forward within a stage.
    private sealed class StageProgress(ProgressTask task) : IProgress<BuildProgress>
    {
        private readonly Lock gate = new();
        private string stage = "";

        public void Report(BuildProgress value)
        {
            lock (gate)
            {
                if (value.Stage != stage)
                {
                    stage = value.Stage;
                    task.IsIndeterminate = false;
                    task.Description = value.Stage == "pages" ? "Rendering pages" : value.Stage;
                    task.MaxValue = value.Total;
                    task.Value = 0;
                }

                task.Value = Math.Max(task.Value, value.Done);
            }
        }
    }
}
