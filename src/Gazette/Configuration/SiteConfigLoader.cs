using Gazette.Diagnostics;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.Configuration;

/// <summary>
/// Reads <c>site.yml</c>. Every key is optional; an unknown key is a warning naming the
/// nearest known key, a bad value an error at its line, and either way loading goes on so
/// one run reports every problem.
/// </summary>
public static class SiteConfigLoader
{
    /// <summary>The file name looked for in the site folder.</summary>
    public const string FileName = "site.yml";

    private static readonly string[] KnownKeys =
    [
        "title", "description", "base_url", "language", "output", "paginate", "cname", "author",
        "content_dir", "templates_dir", "feeds", "import", "taxonomies", "markdown",
    ];

    /// <summary>Loads <c>site.yml</c> from <paramref name="siteDir"/>, or the defaults when there is none.</summary>
    public static SiteConfig Load(string siteDir, DiagnosticBag diagnostics)
    {
        var file = System.IO.Path.Combine(siteDir, FileName);
        return File.Exists(file) ? Parse(FileName, File.ReadAllText(file), diagnostics) : new SiteConfig();
    }

    /// <summary>Parses site.yml text; <paramref name="path"/> is used in diagnostics.</summary>
    public static SiteConfig Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var config = new SiteConfig();
        var root = YamlParser.Parse(path, text, 0, diagnostics);
        if (root is null || YamlReader.IsNull(root))
        {
            return config;
        }

        var yaml = new YamlReader(path, 0, diagnostics);
        if (root is not YamlMappingNode mapping)
        {
            yaml.Error(root, $"{FileName} must be a mapping of keys to values, not {YamlReader.Describe(root)}");
            return config;
        }

        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            spans[key] = yaml.Span(value);
            config = key switch
            {
                "title" => config with { Title = yaml.String(value, key) ?? config.Title },
                "description" => config with { Description = yaml.String(value, key) ?? "" },
                "base_url" => config with { BaseUrl = BaseUrl(yaml, value) ?? config.BaseUrl },
                "language" => config with { Language = yaml.String(value, key) ?? config.Language },
                "output" => config with { Output = Folder(yaml, value, key) ?? config.Output },
                "paginate" => config with { Paginate = yaml.Int(value, key, 1, 10_000) ?? config.Paginate },
                "cname" => config with { Cname = yaml.String(value, key)?.Trim() },
                "author" => config with { Author = yaml.String(value, key) },
                "content_dir" => config with { ContentDir = Folder(yaml, value, key) ?? config.ContentDir },
                "templates_dir" => config with { TemplatesDir = Folder(yaml, value, key) ?? config.TemplatesDir },
                "feeds" => Feeds(yaml, value, config),
                "import" => config with { Import = ImportSection(yaml, value) },
                "taxonomies" => config with { Taxonomies = Taxonomies(yaml, value) ?? config.Taxonomies },
                "markdown" => config with { Markdown = MarkdownSection(yaml, value) },
                _ => Unknown(yaml, keyNode, key, KnownKeys, config),
            };
        }

        return config with { KeySpans = spans };
    }

    private static SiteConfig Unknown(YamlReader yaml, YamlNode keyNode, string key, string[] known, SiteConfig config)
    {
        var nearest = KeySuggester.Nearest(key, known);
        yaml.Warning(keyNode, nearest is null
            ? $"unknown key '{key}' is ignored"
            : $"unknown key '{key}' is ignored; did you mean '{nearest}'?");
        return config;
    }

    private static string? BaseUrl(YamlReader yaml, YamlNode node)
    {
        var text = yaml.String(node, "base_url");
        if (text is null)
        {
            return null;
        }

        var normalised = NormaliseBaseUrl(text);
        if (normalised is null)
        {
            yaml.Error(node, $"'base_url' must be an absolute http(s) URL such as https://user.github.io/repo/, not '{text}'");
        }

        return normalised;
    }

    /// <summary>An absolute http(s) URL ending in '/', or null when <paramref name="text"/> is not one.</summary>
    public static string? NormaliseBaseUrl(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return null;
        }

        var url = uri.GetLeftPart(UriPartial.Path);
        return url.EndsWith('/') ? url : url + "/";
    }

    private static string? Folder(YamlReader yaml, YamlNode node, string key)
    {
        var text = yaml.String(node, key);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            yaml.Error(node, $"'{key}' must name a folder, not be empty");
            return null;
        }

        return text;
    }

    private static SiteConfig Feeds(YamlReader yaml, YamlNode node, SiteConfig config)
    {
        if (node is YamlScalarNode { Value: { } v } && v.Length > 0 && char.IsAsciiDigit(v[0]))
        {
            var limit = yaml.Int(node, "feeds", 1, 100_000);
            return limit is null ? config : config with { Feeds = true, FeedLimit = limit.Value };
        }

        var on = yaml.Bool(node, "feeds");
        return on is null ? config : config with { Feeds = on.Value };
    }

    private static List<TaxonomyConfig>? Taxonomies(YamlReader yaml, YamlNode node)
    {
        var names = yaml.StringList(node, "taxonomies");
        if (names is null)
        {
            return null;
        }

        var result = new List<TaxonomyConfig>();
        foreach (var (name, item) in names)
        {
            if (!Routing.Slugger.IsSlug(name))
            {
                yaml.Error(item, $"taxonomy name '{name}' must be lower-case letters, digits and hyphens");
            }
            else if (result.Exists(t => t.Name == name))
            {
                yaml.Error(item, $"taxonomy '{name}' is listed twice");
            }
            else
            {
                result.Add(TaxonomyConfig.For(name));
            }
        }

        return result;
    }

    private static ImportConfig ImportSection(YamlReader yaml, YamlNode node)
    {
        var import = new ImportConfig();
        if (node is not YamlMappingNode mapping)
        {
            if (!YamlReader.IsNull(node))
            {
                yaml.Error(node, $"'import' must be a mapping with boilerplate, sections and tag_rules, not {YamlReader.Describe(node)}");
            }

            return import;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            import = key switch
            {
                "boilerplate" => import with { Boilerplate = Boilerplate(yaml, value) },
                "sections" => import with { Sections = Strings(yaml, value, "import.sections") },
                "tag_rules" => import with { TagRules = TagRules(yaml, value) },
                _ => Unknown(yaml, keyNode, key, ["boilerplate", "sections", "tag_rules"], import),
            };
        }

        return import;
    }

    private static ImportConfig Unknown(YamlReader yaml, YamlNode keyNode, string key, string[] known, ImportConfig import)
    {
        Unknown(yaml, keyNode, key, known, new SiteConfig());
        return import;
    }

    private static MarkdownConfig MarkdownSection(YamlReader yaml, YamlNode node)
    {
        var markdown = new MarkdownConfig();
        if (node is not YamlMappingNode mapping)
        {
            yaml.Error(node, $"'markdown' must be a mapping such as 'smart_punctuation: true', not {YamlReader.Describe(node)}");
            return markdown;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key == "smart_punctuation")
            {
                markdown = markdown with { SmartPunctuation = yaml.Bool(value, key) ?? false };
            }
            else
            {
                Unknown(yaml, keyNode, key, ["smart_punctuation"], new SiteConfig());
            }
        }

        return markdown;
    }

    private static List<string> Boilerplate(YamlReader yaml, YamlNode node)
    {
        var rules = yaml.StringList(node, "import.boilerplate") ?? [];
        foreach (var (rule, item) in rules)
        {
            if (Import.BoilerplateFilter.InvalidPatterns([rule]).Any())
            {
                yaml.Error(item, $"'{rule}' is not a valid regular expression; write a plain phrase, or fix the pattern between the slashes");
            }
        }

        return rules.Select(r => r.Value).ToList();
    }

    private static List<string> Strings(YamlReader yaml, YamlNode node, string key) =>
        yaml.StringList(node, key)?.Select(x => x.Value).ToList() ?? [];

    private static Dictionary<string, IReadOnlyList<string>> TagRules(YamlReader yaml, YamlNode node)
    {
        var rules = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            yaml.Error(node, $"'import.tag_rules' must map each tag to a list of phrases, not {YamlReader.Describe(node)}");
            return rules;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            rules[((YamlScalarNode)keyNode).Value ?? ""] = Strings(yaml, value, "import.tag_rules");
        }

        return rules;
    }
}
