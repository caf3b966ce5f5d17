using AngleSharp.Dom;
using AngleSharp.Html.Parser;

using Markdig;

namespace Gazette.Tests.Import;

/// <summary>Renders Markdown the way the engine does and reads the result back as a DOM.</summary>
public static class MarkdownRendering
{
    private static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseAutoIdentifiers().DisableHtml().Build();

    private static readonly HtmlParser Parser = new();

    /// <summary>The HTML for <paramref name="markdown"/>.</summary>
    public static string Html(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The rendered body element.</summary>
    public static IElement Body(string markdown) => Parser.ParseDocument(Html(markdown)).Body!;

    /// <summary>The text content of the rendered Markdown (entities decoded, tags gone).</summary>
    public static string Text(string markdown) => Body(markdown).TextContent;
}
