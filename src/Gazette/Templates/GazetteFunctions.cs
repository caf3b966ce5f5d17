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
    /// <summary>Functions bound to the site's URL scheme and Markdown pipeline.</summary>
    public GazetteFunctions(Routes routes, MarkdownConverter markdown)
    {
        // Called directly, not through reflection (see TypedFunction).
        Add("url", TypedFunction.Create<string?, string>(path => routes.Url(path ?? "")));
        Add("absolute_url", TypedFunction.Create<string?, string>(path => routes.AbsoluteUrl(path ?? "")));
        Add("date_format", TypedFunction.Create<object?, string?, string>(DateFormat));
        Add("slugify", TypedFunction.Create<string?, string>(text => Slugger.Slugify(text ?? "")));
        Add("markdownify", TypedFunction.Create<string?, string>(text => markdown.ToInlineHtml(text ?? "")));
        Add("json", TypedFunction.Create<object?, string>(Json));
        Add("xml_escape", TypedFunction.Create<string?, string>(text => System.Security.SecurityElement.Escape(text ?? "")));

        // Scriban's html.escape also turns every character from U+00A0 up into a numeric entity
        // ("Zoë" → "Zo&#235;"): correct, but it bloats pages and hides names from plain-text
        // search of the output. Shadow it with an escape of just the five special characters.
        var html = new Scriban.Functions.HtmlFunctions();
        html.Remove("escape"); // builtin members are read-only: Import would silently keep the old one
        html.SetValue("escape", TypedFunction.Create<string?, string>(EscapeHtml), true);
        Builtins = Scriban.TemplateContext.GetDefaultBuiltinObject();
        Builtins.Remove("html");
        Builtins.SetValue("html", html, true);
        foreach (var (name, function) in this)
        {
            Builtins.SetValue(name, function, true);
        }
    }

    private void Add(string name, IScriptCustomFunction function) => SetValue(name, function, true);

    /// <summary>
    /// Scriban's builtins with ours added, made once per site and handed to every
    /// <see cref="Scriban.TemplateContext"/> (the default constructor would clone the builtins per page).
    /// Scriban looks builtin namespaces such as <c>html</c> up here, not in pushed globals.
    /// </summary>
    public ScriptObject Builtins { get; }

    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c>, which makes text safe in element content and quoted attributes.</summary>
    public static string EscapeHtml(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? "";
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
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
        string s => JsonString(s),
        bool b => b ? "true" : "false",
        int or long or double or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateTime d => JsonString(d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        // Members are read by name, not enumerated: an article's body-derived members have only
        // placeholders in its store (see ArticleObject).
        IDictionary<string, object?> map => "{" + string.Join(",", map.Keys.Order(StringComparer.Ordinal).Select(k => Json(k) + ":" + Json(map.TryGetValue(k, out var v) ? v : null))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Json)) + "]",
        _ => JsonString(value.ToString() ?? ""),
    };

    // The default encoder escapes <, >, & and ' so a string can sit inside <script> safely.
    // JsonEncodedText rather than JsonSerializer: the serializer's reflection metadata costs a
    // build tens of milliseconds of start-up for what is one escape.
    private static string JsonString(string s) => "\"" + JsonEncodedText.Encode(WellFormed(s), JavaScriptEncoder.Default).Value + "\"";

    // A lone surrogate becomes U+FFFD, as the serializer writes it (JsonEncodedText would throw).
    private static string WellFormed(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\ud800', '\udfff'))
        {
            return s;
        }

        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\ufffd';
            }
        }

        return new string(chars);
    }
}
