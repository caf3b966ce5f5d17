using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gazette.Markdown;
using Gazette.Routing;
using Scriban.Runtime;

namespace Gazette.Templates;

/// <summary>
/// The helper functions every template can call (see docs/templates.md). One instance per
/// site, shared read-only by every render.
/// </summary>
public sealed class GazetteFunctions : ScriptObject
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // The default encoder escapes <, >, & and ' so a string can sit inside <script> safely.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>Functions bound to the site's URL scheme and Markdown pipeline.</summary>
    public GazetteFunctions(Routes routes, MarkdownConverter markdown)
    {
        this.Import("url", new Func<string?, string>(path => routes.Url(path ?? "")));
        this.Import("absolute_url", new Func<string?, string>(path => routes.AbsoluteUrl(path ?? "")));
        this.Import("date_format", new Func<object?, string?, string>(DateFormat));
        this.Import("slugify", new Func<string?, string>(text => Slugger.Slugify(text ?? "")));
        this.Import("markdownify", new Func<string?, string>(text => markdown.ToInlineHtml(text ?? "")));
        this.Import("json", new Func<object?, string>(Json));
        this.Import("xml_escape", new Func<string?, string>(text => System.Security.SecurityElement.Escape(text ?? "")));
    }

    /// <summary>Formats a date with the invariant culture: <c>date_format "d MMMM yyyy"</c>.</summary>
    public static string DateFormat(object? value, string? format) => value switch
    {
        DateTime d => d.ToString(format ?? "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString(format ?? "yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when Content.ArticleReader.ParseDate(s) is { } d => d.ToString(format ?? "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>A JSON literal of <paramref name="value"/>, safe inside a <c>&lt;script&gt;</c> element.</summary>
    public static string Json(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s, JsonOptions),
        bool b => b ? "true" : "false",
        int or long or double or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateTime d => JsonSerializer.Serialize(d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), JsonOptions),
        IDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Json(p.Key) + ":" + Json(p.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Json)) + "]",
        _ => JsonSerializer.Serialize(value.ToString(), JsonOptions),
    };
}