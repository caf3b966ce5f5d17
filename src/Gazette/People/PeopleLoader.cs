using Gazette.Diagnostics;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.People;

/// <summary>Reads <c>people.yml</c>: a list of <c>{name, aliases, role, bio, links}</c>.</summary>
public static class PeopleLoader
{
    /// <summary>The registry file of a site: <c>people.yml</c> in its content folder.</summary>
    public static string PathIn(string siteDir, Configuration.SiteConfig config) => Path.Combine(siteDir, config.ContentDir, "people.yml");

    /// <summary>Loads the site's people.yml, or an empty registry when there is none.</summary>
    public static PersonRegistry Load(string siteDir, Configuration.SiteConfig config, DiagnosticBag diagnostics)
    {
        var path = PathIn(siteDir, config);
        if (!File.Exists(path))
        {
            return PersonRegistry.Empty;
        }

        var display = Path.GetRelativePath(siteDir, path).Replace('\\', '/');
        var text = Content.TextDecoder.DecodeUtf8(display, File.ReadAllBytes(path), diagnostics);
        return text is null ? PersonRegistry.Empty : Parse(display, text, diagnostics);
    }

    /// <summary>Parses people.yml text; <paramref name="path"/> is used in diagnostics.</summary>
    public static PersonRegistry Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var root = YamlParser.Parse(path, text, 0, diagnostics);
        if (root is null || YamlReader.IsNull(root))
        {
            return PersonRegistry.Empty;
        }

        var yaml = new YamlReader(path, 0, diagnostics);
        if (root is not YamlSequenceNode list)
        {
            yaml.Error(root, "people.yml must be a list of people, each starting '- name: ...'");
            return PersonRegistry.Empty;
        }

        var people = new List<Person>();
        var seen = new Dictionary<string, (string Owner, SourceSpan Span)>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Children)
        {
            var person = ReadPerson(yaml, item);
            if (person is null)
            {
                continue;
            }

            foreach (var name in person.Aliases.Prepend(person.Name))
            {
                if (seen.TryGetValue(name, out var first) && first.Owner != person.Name)
                {
                    yaml.Diagnostics.Error(person.Span, $"'{name}' already names {first.Owner} at {first.Span}; a name or alias may belong to one person only");
                }
                else
                {
                    seen.TryAdd(name, (person.Name, person.Span));
                }
            }

            people.Add(person);
        }

        return new PersonRegistry(people);
    }

    private static Person? ReadPerson(YamlReader yaml, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            yaml.Error(node, $"each person must be a mapping with at least 'name', not {YamlReader.Describe(node)}");
            return null;
        }

        string? name = null, role = null, bio = null;
        List<string> aliases = [];
        List<PersonLink> links = [];
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            switch (key)
            {
                case "name": name = yaml.String(value, key)?.Trim(); break;
                case "role": role = yaml.String(value, key); break;
                case "bio": bio = yaml.String(value, key); break;
                case "aliases": aliases = yaml.StringList(value, key)?.Select(a => a.Value.Trim()).Where(a => a.Length > 0).ToList() ?? []; break;
                case "links": links = ReadLinks(yaml, value); break;
                default:
                    yaml.Warning(keyNode, $"unknown key '{key}' is ignored; a person takes name, aliases, role, bio and links");
                    break;
            }
        }

        if (string.IsNullOrEmpty(name))
        {
            yaml.Error(node, "this person has no 'name'");
            return null;
        }

        return new Person(name, aliases, role, bio, links, yaml.Span(node));
    }

    private static List<PersonLink> ReadLinks(YamlReader yaml, YamlNode node)
    {
        var links = new List<PersonLink>();
        if (YamlReader.IsNull(node))
        {
            return links;
        }

        if (node is not YamlSequenceNode list)
        {
            yaml.Error(node, "'links' must be a list of {title, url} or of URLs");
            return links;
        }

        foreach (var item in list.Children)
        {
            string? title = null, url = null;
            if (item is YamlScalarNode s)
            {
                url = s.Value;
            }
            else if (item is YamlMappingNode m)
            {
                foreach (var (k, v) in m.Children)
                {
                    switch ((k as YamlScalarNode)?.Value)
                    {
                        case "title": title = yaml.String(v, "links.title"); break;
                        case "url": url = yaml.String(v, "links.url"); break;
                        default: yaml.Warning(k, "a link takes 'title' and 'url'; this key is ignored"); break;
                    }
                }
            }

            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            {
                yaml.Error(item, "each link needs an http(s) 'url'");
                continue;
            }

            links.Add(new PersonLink(title ?? uri.Host, url));
        }

        return links;
    }
}
