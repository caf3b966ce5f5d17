namespace Gazette.Diagnostics;

/// <summary>Thrown only where a stage cannot go on at all; it carries the diagnostics to report.</summary>
public sealed class GazetteException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    /// <summary>What went wrong, already positioned.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
