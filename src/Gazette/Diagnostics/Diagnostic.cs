namespace Gazette.Diagnostics;

/// <summary>One problem found in the input, with the place it was found.</summary>
public sealed record Diagnostic(Severity Severity, SourceSpan Span, string Message)
{
    /// <summary>Formats as <c>path:line:column: error: message</c>, the form editors and CI annotate.</summary>
    public override string ToString() =>
        $"{Span}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
