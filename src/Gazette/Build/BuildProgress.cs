namespace Gazette.Build;

/// <summary>How far a stage of the build has got, for a progress display.</summary>
/// <param name="Stage"><c>markdown</c> (articles converted) or <c>pages</c> (pages rendered).</param>
/// <param name="Done">Items finished so far.</param>
/// <param name="Total">Items in the stage.</param>
public readonly record struct BuildProgress(string Stage, int Done, int Total);

/// <summary>
/// Counts finished items from many threads and reports about every half per cent, so that a
/// large site pays a few hundred reports, not one per page.
/// </summary>
internal sealed class ProgressCounter(IProgress<BuildProgress>? progress, string stage, int total)
{
    private readonly int step = Math.Max(1, total / 200);
    private int done;

    public void Increment()
    {
        if (progress is null)
        {
            return;
        }

        var now = Interlocked.Increment(ref done);
        if (now % step == 0 || now == total)
        {
            progress.Report(new BuildProgress(stage, now, total));
        }
    }
}
