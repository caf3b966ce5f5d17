using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gazette.Configuration;
using Gazette.Markdown;

namespace Gazette.Tests.Import;

/// <summary>Renders Markdown with the engine's own converter and reads the result back as a DOM.</summary>
public static class MarkdownRendering
{
    private static readonly MarkdownConverter Converter = new(new MarkdownConfig());

    private static readonly HtmlParser Parser = new();

    /// <summary>The HTML for <paramref name="markdown"/>.</summary>
    public static string Html(string markdown) => Converter.ToHtml(markdown);

    /// <summary>The rendered body element.</summary>
    public static IElement Body(string markdown) => Parser.ParseDocument(Html(markdown)).Body!;

    /// <summary>The text content of the rendered Markdown (entities decoded, tags gone).</summary>
    public static string Text(string markdown) => Body(markdown).TextContent;
}
