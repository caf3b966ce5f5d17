namespace Gazette.Build;

/// <summary>What to build and how; mirrors the <c>build</c> command's flags.</summary>
public sealed record BuildOptions
{
    /// <summary>The site folder (holds site.yml, content/, templates/).</summary>
    public required string SiteDir { get; init; }

    /// <summary>Output folder overriding site.yml <c>output</c>.</summary>
    public string? OutputDir { get; init; }

    /// <summary>Base URL overriding site.yml <c>base_url</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Include drafts.</summary>
    public bool Drafts { get; init; }

    /// <summary>Warnings fail the build, and internal links are checked.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Where state between builds is kept (default <c>.gazette-cache/</c> in the site folder).
    /// Always safe to delete.
    /// </summary>
    public string? CacheDir { get; init; }

    /// <summary>False for <c>check</c>: everything is verified, nothing is written.</summary>
    public bool Write { get; init; } = true;

    /// <summary>
    /// Told how far the render stage has got (articles converted, pages rendered), from any
    /// thread; for a progress display. Null: no reports.
    /// </summary>
    public IProgress<BuildProgress>? Progress { get; init; }
}
