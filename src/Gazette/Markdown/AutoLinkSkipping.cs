using System.Buffers;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown;

/// <summary>
/// Parses as a pipeline with Markdig's autolink extension does, without paying for that
/// extension where it cannot match. Its parser opens on every h, f, m, t and w, so plain text
/// is scanned in runs of a few letters: two thirds of the parse time of a news body (measured
/// on the benchmark corpus: 32 against 15 µs a body).
/// </summary>
/// <remarks>
/// Why the shortcut gives the same document: the autolink parser is the only one opening on
/// those letters, and where it declines (anything but one of <see cref="Starts"/>, or an
/// invalid place) it changes nothing, and the literal text parser that runs instead joins
/// what it reads to the literal before it. So until the autolink parser first accepts, both
/// parses make the same tree, and it can only accept at one of those starts inside text the
/// literal parser read. The document parsed without it is kept unless one of its literals
/// holds such a start; then the text is parsed again with it. Tested against the full
/// pipeline on random and corpus text (MarkdownAutoLinkTests).
/// </remarks>
internal sealed class AutoLinkSkipping(MarkdownPipeline withAutoLinks, MarkdownPipeline withoutAutoLinks)
{
    /// <summary>What Markdig's autolink parser accepts at the start of a link (AutoLinkParser.Match).</summary>
    internal static readonly string[] Starts = ["http://", "https://", "www.", "ftp://", "mailto:", "tel:"];

    private static readonly SearchValues<string> StartValues = SearchValues.Create(Starts, StringComparison.Ordinal);
    private static readonly int LongestStart = Starts.Max(s => s.Length);

    /// <summary>Parses <paramref name="markdown"/> into the document the pipeline with autolinks gives.</summary>
    public MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, withoutAutoLinks);
        return MayAutoLink(markdown, document) ? Markdig.Markdown.Parse(markdown, withAutoLinks) : document;
    }

    /// <summary>True when the parser with autolinks was needed for <paramref name="markdown"/> (for tests).</summary>
    internal bool NeedsAutoLinks(string markdown) => MayAutoLink(markdown, Markdig.Markdown.Parse(markdown, withoutAutoLinks));

    // Text without any start needs no look at its literals. A start may run past a literal's
    // end (into text another parser took next), so each literal is searched a few characters
    // beyond it.
    private static bool MayAutoLink(string markdown, MarkdownDocument document)
    {
        if (markdown.AsSpan().IndexOfAny(StartValues) < 0)
        {
            return false;
        }

        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content;
            if (content.Text is null || content.Length <= 0)
            {
                continue;
            }

            var length = Math.Min(content.Length + LongestStart - 1, content.Text.Length - content.Start);
            var at = content.Text.AsSpan(content.Start, length).IndexOfAny(StartValues);
            if (at >= 0 && at < content.Length)
            {
                return true;
            }
        }

        return false;
    }
}
