using Gazette.Configuration;
using Markdig;
using Markdig.Renderers;

namespace Gazette.Markdown;

/// <summary>
/// Markdown → HTML with one pipeline built once and shared by every thread (Markdig documents
/// <see cref="MarkdownPipeline"/> as immutable and thread-safe). Links are rewritten through the
/// site's URL scheme.
/// </summary>
public sealed class MarkdownConverter
{
    private readonly MarkdownPipeline _pipeline;
    private readonly AutoLinkSkipping _parser;
    private readonly Func<string, string>? _linkRewriter;

    // Building an HtmlRenderer registers every object renderer: costly enough to show in
    // profiles of large sites, so each thread keeps one and gives it a fresh writer per call.
    private readonly ThreadLocal<HtmlRenderer> _renderers;

    /// <summary>A converter for the site's Markdown settings; <paramref name="linkRewriter"/> maps each link URL.</summary>
    public MarkdownConverter(MarkdownConfig config, Func<string, string>? linkRewriter = null)
    {
        _pipeline = Pipeline(config, autoLinks: true);
        _parser = new AutoLinkSkipping(_pipeline, Pipeline(config, autoLinks: false));
        _linkRewriter = linkRewriter;
        _renderers = new ThreadLocal<HtmlRenderer>(() =>
        {
            var renderer = new HtmlRenderer(new StringWriter()) { LinkRewriter = _linkRewriter };
            _pipeline.Setup(renderer);
            return renderer;
        });
    }

    /// <summary>The site's pipeline; <paramref name="autoLinks"/> false leaves bare URLs as text (see <see cref="AutoLinkSkipping"/>).</summary>
    internal static MarkdownPipeline Pipeline(MarkdownConfig config, bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            // Only extensions news copy benefits from. Alphabetic lists ("a) …"), grid tables
            // ("+---+") and figure fences would turn ordinary lines of imported text into markup.
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub);
        if (autoLinks)
        {
            builder.UseAutoLinks();
        }

        builder
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            // Raw HTML in article text is shown as text: news copy pasted from the web carries
            // stray tags, and a static site must never run a script that came with content.
            .DisableHtml();
        if (config.SmartPunctuation)
        {
            builder.UseSmartyPants();
        }

        return builder.Build();
    }

    /// <summary>Renders <paramref name="markdown"/> to HTML.</summary>
    public string ToHtml(string markdown)
    {
        var document = _parser.Parse(markdown);
        var renderer = _renderers.Value!;
        var writer = (StringWriter)renderer.Writer;
        var buffer = writer.GetStringBuilder();
        buffer.Clear();
        renderer.Render(document);
        writer.Flush();
        var html = buffer.ToString();
        buffer.Clear();
        return html;
    }

    /// <summary>Renders inline Markdown (no surrounding paragraph) — for the <c>markdownify</c> of one line.</summary>
    public string ToInlineHtml(string markdown)
    {
        var html = ToHtml(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }
}
