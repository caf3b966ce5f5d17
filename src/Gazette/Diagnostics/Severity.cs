namespace Gazette.Diagnostics;

/// <summary>How bad a diagnostic is: errors fail the build (exit 1), warnings do not unless <c>--strict</c>.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the build still succeeds.</summary>
    Warning,

    /// <summary>The site cannot be built as asked.</summary>
    Error,
}
