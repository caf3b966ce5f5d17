using System.Collections.Concurrent;
using Gazette.Diagnostics;

namespace Gazette.Output;

/// <summary>
/// Collects errors found while rendering pages. One broken line in a shared template fails
/// every page that uses it; it is reported once, naming the first page (in URL order) and how
/// many others failed with it, instead of once per page.
/// </summary>
internal sealed class PageErrors
{
    private readonly ConcurrentDictionary<(SourceSpan Span, string Message), ConcurrentBag<string>> _errors = new();

    public void Add(SourceSpan span, string message, string url) =>
        _errors.GetOrAdd((span, message), _ => []).Add(url);

    public void ReportTo(DiagnosticBag diagnostics)
    {
        foreach (var ((span, message), urls) in _errors)
        {
            var first = urls.Min(StringComparer.Ordinal)!;
            var others = urls.Count - 1;
            var where = others == 0 ? first : $"{first} and {others} other page{(others == 1 ? "" : "s")}";
            diagnostics.Error(span, $"{message} (while rendering {where})");
        }
    }
}
