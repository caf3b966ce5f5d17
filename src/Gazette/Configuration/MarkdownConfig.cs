namespace Gazette.Configuration;

/// <summary>site.yml <c>markdown:</c> — rendering choices.</summary>
public sealed record MarkdownConfig
{
    /// <summary>
    /// Curly quotes and dashes from straight ones. Off by default: news text usually arrives
    /// with its typography already decided, and quotes must stay as the reporter wrote them.
    /// </summary>
    public bool SmartPunctuation { get; init; }
}
