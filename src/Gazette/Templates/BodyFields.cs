namespace Gazette.Templates;

/// <summary>
/// The members of an article object that come from its body rather than its front matter.
/// A page records which of them it read from the articles it lists, so that editing a body
/// makes again only the pages that showed something of it (see <see cref="BodyFieldTracker"/>).
/// </summary>
[Flags]
public enum BodyFields
{
    /// <summary>No body-derived member was read.</summary>
    None = 0,

    /// <summary><c>content</c>: the body as HTML.</summary>
    Content = 1,

    /// <summary><c>word_count</c>.</summary>
    WordCount = 2,

    /// <summary><c>reading_time</c>.</summary>
    ReadingTime = 4,

    /// <summary>Every body-derived member.</summary>
    All = Content | WordCount | ReadingTime,
}
