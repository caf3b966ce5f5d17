using Gazette.Diagnostics;
using Gazette.Output;

namespace Gazette.Build;

/// <summary>The outcome of a build: every diagnostic, timings and counts, and the files when it succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, BuildStats Stats, IReadOnlyList<OutputFile> Files, string OutputDir)
{
    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>Counts and per-stage times, for <c>--verbose</c> and benchmarks.</summary>
public sealed record BuildStats
{
    /// <summary>Published articles.</summary>
    public int Articles { get; init; }

    /// <summary>Files in the output.</summary>
    public int Files { get; init; }

    /// <summary>Files written because their bytes changed.</summary>
    public int Written { get; init; }

    /// <summary>Files removed because no longer produced.</summary>
    public int Removed { get; init; }

    /// <summary>Elapsed time per stage, in order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages { get; init; } = [];
}
