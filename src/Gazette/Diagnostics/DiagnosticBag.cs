namespace Gazette.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage (safe to add from parallel loops) so one run reports
/// every problem instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <summary>True once any error has been added.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>How many diagnostics (errors and warnings) have been added.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Adds an error at <paramref name="span"/>.</summary>
    public void Error(SourceSpan span, string message) => Add(new Diagnostic(Severity.Error, span, message));

    /// <summary>Adds a warning at <paramref name="span"/>.</summary>
    public void Warning(SourceSpan span, string message) => Add(new Diagnostic(Severity.Warning, span, message));

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds every diagnostic of another bag.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _items.AddRange(diagnostics);
        }
    }

    /// <summary>
    /// Every diagnostic in a total order (path, line, column, severity, message), so output never
    /// depends on which thread found what first. Exact duplicates are reported once.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenByDescending(d => d.Severity)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
