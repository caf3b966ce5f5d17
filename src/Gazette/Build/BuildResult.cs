using Gazette.Diagnostics;
using Gazette.Output;

namespace Gazette.Build;

/// <summary>The outcome of a build: every diagnostic, timings and counts, and the files when it succeeded.</summary>
/// <param name="Succeeded">No error was reported (and, with <c>--strict</c>, no warning either).</param>
/// <param name="Diagnostics">Every diagnostic, sorted.</param>
/// <param name="Stats">Counts and timings.</param>
/// <param name="Files">
/// The output, when the build succeeded. In a build that writes, pages and feeds carry no bytes
/// here (they were staged on disk, or kept unrendered): read them from the output folder.
/// A build with <c>Write = false</c> (<c>check</c>) has every file's bytes.
/// </param>
/// <param name="OutputDir">The output folder.</param>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, BuildStats Stats, IReadOnlyList<OutputFile> Files, string OutputDir);

/// <summary>Counts and per-stage times, for <c>--verbose</c> and benchmarks.</summary>
public sealed record BuildStats
{
    /// <summary>Published articles.</summary>
    public int Articles { get; init; }

    /// <summary>Files in the output.</summary>
    public int Files { get; init; }

    /// <summary>Pages and feeds rendered; the rest were kept because what they are made of did not change.</summary>
    public int Rendered { get; init; }

    /// <summary>Files written because their bytes changed.</summary>
    public int Written { get; init; }

    /// <summary>Files removed because no longer produced.</summary>
    public int Removed { get; init; }

    /// <summary>Elapsed time per stage, in order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages { get; init; } = [];
}
