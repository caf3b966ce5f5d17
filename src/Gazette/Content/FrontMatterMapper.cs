using Gazette.Configuration;
using Gazette.Diagnostics;
using Gazette.Routing;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.Content;

/// <summary>Maps a front matter mapping onto an <see cref="Article"/>, checking each key's type.</summary>
internal sealed class FrontMatterMapper(YamlReader yaml, SiteConfig config)
{
    private string? _title;
    private DateTimeOffset? _date;
    private string? _slug;
    private YamlNode? _slugNode;
    private bool _broken;
    private readonly Dictionary<string, IReadOnlyList<TermReference>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _params = new(StringComparer.Ordinal);
    private readonly List<Quote> _quotes = [];
    private string? _subtitle, _section, _summary, _author, _sourceFile;
    private ArticleSource? _source;
    private bool _draft;

    public Article? Map(YamlMappingNode mapping, FrontMatterParts parts)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            ReadKey(key, keyNode, value);
        }

        var fileStart = SourceSpan.File(yaml.Path);
        if (_title is null)
        {
            yaml.Diagnostics.Error(fileStart, "front matter has no 'title': every article needs one");
        }

        if (_date is null && !_broken)
        {
            yaml.Diagnostics.Error(fileStart, "front matter has no 'date': add 'date: YYYY-MM-DD'");
        }

        if (_title is null || _date is null || _broken)
        {
            return null;
        }

        // Like Hugo and Jekyll, the file name decides the URL unless front matter says otherwise:
        // file names are unique where titles often are not ("Live: …", "3 things we learned …").
        var slug = _slug ?? ArticleReader.SlugForFile(yaml.Path);
        if (slug.Length == 0)
        {
            yaml.Diagnostics.Error(fileStart, "the file name has no letter or digit to make a URL from: rename the file or add a 'slug:'");
            return null;
        }

        return new Article
        {
            SourcePath = yaml.Path,
            Span = fileStart,
            Title = _title,
            Date = _date.Value,
            Slug = slug,
            SlugSpan = _slugNode is null ? fileStart : yaml.Span(_slugNode),
            Subtitle = _subtitle,
            Section = _section,
            Summary = _summary,
            Author = _author,
            Source = _source,
            Draft = _draft,
            SourceFile = _sourceFile,
            Terms = _terms,
            Quotes = _quotes,
            Params = _params,
            Body = parts.Body,
            Utf8Body = parts.Utf8Body,
            BodyLine = parts.BodyLine,
        };
    }

    private void ReadKey(string key, YamlNode keyNode, YamlNode value)
    {
        switch (key)
        {
            case "title":
                _title = NonEmpty(value, key);
                _broken |= _title is null;
                break;
            case "date":
                _date = Date(value);
                _broken |= _date is null;
                break;
            case "slug":
                _slugNode = value;
                _slug = Slug(value);
                _broken |= _slug is null;
                break;
            case "subtitle": _subtitle = yaml.String(value, key); break;
            case "section": _section = yaml.String(value, key); break;
            case "summary": _summary = yaml.String(value, key); break;
            case "author": _author = yaml.String(value, key); break;
            case "source_file": _sourceFile = yaml.String(value, key); break;
            case "source": _source = Source(value); break;
            case "draft": _draft = yaml.Bool(value, key) ?? false; break;
            case "quotes": ReadQuotes(value); break;
            default:
                if (config.Taxonomies.FirstOrDefault(t => t.Name == key) is { } taxonomy)
                {
                    _terms[taxonomy.Name] = yaml.StringList(value, key)?
                        .Where(t => !string.IsNullOrWhiteSpace(t.Value))
                        .Select(t => new TermReference(t.Value.Trim(), yaml.Span(t.Node)))
                        .ToList() ?? [];
                }
                else
                {
                    _params[key] = Plain(value);
                }

                break;
        }
    }

    private string? NonEmpty(YamlNode node, string key)
    {
        var text = yaml.String(node, key);
        if (string.IsNullOrWhiteSpace(text))
        {
            yaml.Error(node, $"'{key}' must not be empty");
            return null;
        }

        return text.Trim();
    }

    private DateTimeOffset? Date(YamlNode node)
    {
        var text = yaml.String(node, "date");
        var date = text is null ? null : ArticleReader.ParseDate(text);
        if (date is null)
        {
            yaml.Error(node, $"'date' must be YYYY-MM-DD or ISO 8601 such as 2022-03-30T09:41:00Z, not {YamlReader.Describe(node)}");
        }

        return date;
    }

    private string? Slug(YamlNode node)
    {
        var text = yaml.String(node, "slug");
        if (text is null || !Slugger.IsSlug(text))
        {
            var hint = text is null ? "" : $"; try '{Slugger.Slugify(text, ArticleReader.MaxSlugLength)}'";
            yaml.Error(node, $"'slug' must be lower-case letters, digits and single hyphens{hint}");
            return null;
        }

        return text;
    }

    private ArticleSource? Source(YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            string? name = null, url = null;
            foreach (var (k, v) in mapping.Children)
            {
                switch ((k as YamlScalarNode)?.Value)
                {
                    case "name": name = yaml.String(v, "source.name"); break;
                    case "url": url = Url(v, "source.url"); break;
                    default: yaml.Warning(k, "'source' takes 'name' and 'url'; this key is ignored"); break;
                }
            }

            return name is null && url is null ? null : new ArticleSource(name, url);
        }

        var text = yaml.String(node, "source");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return IsWebUrl(text) ? new ArticleSource(null, text.Trim()) : new ArticleSource(text.Trim(), null);
    }

    private string? Url(YamlNode node, string key)
    {
        var text = yaml.String(node, key);
        if (text is not null && !IsWebUrl(text))
        {
            yaml.Error(node, $"'{key}' must be an http(s) URL, not {YamlReader.Describe(node)}");
            return null;
        }

        return text?.Trim();
    }

    private static bool IsWebUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private void ReadQuotes(YamlNode node)
    {
        if (YamlReader.IsNull(node))
        {
            return;
        }

        if (node is not YamlSequenceNode list)
        {
            yaml.Error(node, $"'quotes' must be a list of {{person, text}}, not {YamlReader.Describe(node)}");
            return;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode quote)
            {
                yaml.Error(item, $"each quote must be a mapping with 'person' and 'text', not {YamlReader.Describe(item)}");
                continue;
            }

            string? person = null, text = null;
            foreach (var (k, v) in quote.Children)
            {
                switch ((k as YamlScalarNode)?.Value)
                {
                    case "person": person = yaml.String(v, "quotes.person"); break;
                    case "text": text = yaml.String(v, "quotes.text"); break;
                    default: yaml.Warning(k, "a quote takes 'person' and 'text'; this key is ignored"); break;
                }
            }

            if (string.IsNullOrWhiteSpace(person) || string.IsNullOrWhiteSpace(text))
            {
                yaml.Error(item, "each quote needs both 'person' and 'text'");
                continue;
            }

            _quotes.Add(new Quote(person.Trim(), text.Trim(), yaml.Span(item)));
        }
    }

    // Unknown keys reach templates as plain strings, lists and dictionaries.
    private static object? Plain(YamlNode node) => node switch
    {
        YamlScalarNode s when YamlReader.IsNull(s) => null,
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(Plain).ToList(),
        YamlMappingNode map => map.Children.ToDictionary(p => (p.Key as YamlScalarNode)?.Value ?? "", p => Plain(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
