namespace Gazette.Diagnostics;

/// <summary>A position in an input file: the path as the user knows it (relative to the site), 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>A span for a whole file, pointing at its first character.</summary>
    public static SourceSpan File(string path) => new(path, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
