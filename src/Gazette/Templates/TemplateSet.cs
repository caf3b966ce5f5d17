using System.Text;
using Gazette.Diagnostics;
using Scriban;

namespace Gazette.Templates;

/// <summary>
/// Every template the site can use, parsed once up front: the built-in theme overridden file
/// by file by the site's templates folder. Parsed templates are immutable and shared by all
/// render threads.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _templates;

    private TemplateSet(Dictionary<string, Template> templates, IReadOnlyList<AssetFile> assets, ulong key)
    {
        _templates = templates;
        Assets = assets;
        Key = key;
    }

    /// <summary>A hash of every template's name, path and text: a page rendered under another key must be rendered again.</summary>
    public ulong Key { get; }

    /// <summary>Files under <c>assets/</c> (theme first, overridden by the site's), copied to the output as they are.</summary>
    public IReadOnlyList<AssetFile> Assets { get; }

    /// <summary>Every parsed template by name, for includes.</summary>
    public IReadOnlyDictionary<string, Template> All => _templates;

    /// <summary>Loads the theme and the site's templates from <paramref name="templatesDir"/> (may not exist).</summary>
    public static TemplateSet Load(string siteDir, string templatesDir, DiagnosticBag diagnostics)
    {
        var sources = new SortedDictionary<string, (string DisplayPath, Func<byte[]> Read)>(StringComparer.Ordinal);
        foreach (var name in ThemeFiles.Names)
        {
            sources[name] = ($"{ThemeFiles.DisplayRoot}/{name}", () => ThemeFiles.Read(name));
        }

        var root = Path.Combine(siteDir, templatesDir);
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (name.Split('/').Any(part => part.StartsWith('.')))
                {
                    continue;
                }

                var display = Path.GetRelativePath(siteDir, file).Replace('\\', '/');
                sources[name] = (display, () => File.ReadAllBytes(file));
            }
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var assets = new List<AssetFile>();
        var key = new Incremental.KeyBuilder();
        foreach (var (name, (display, read)) in sources)
        {
            if (name.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(new AssetFile(name, display, read));
            }
            else if (name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".xml", StringComparison.Ordinal))
            {
                var text = Content.TextDecoder.DecodeUtf8(display, read(), diagnostics) ?? "";
                key.Add(name).Add(display).Add(text);
                templates[name] = Parse(display, text, diagnostics);
            }
        }

        return new TemplateSet(templates, assets, key.Key);
    }

    /// <summary>The first of <paramref name="names"/> that exists, or null.</summary>
    public (string Name, Template Template)? Find(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_templates.TryGetValue(name, out var template))
            {
                return (name, template);
            }
        }

        return null;
    }

    private static Template Parse(string displayPath, string text, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text, displayPath);
        Compilation.TemplateCompiler.Install(template);
        foreach (var message in template.Messages)
        {
            var span = new SourceSpan(displayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
            var severity = message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning;
            diagnostics.Add(new Diagnostic(severity, span, $"template: {message.Message}"));
        }

        return template;
    }
}

/// <summary>A static file from a theme or site <c>assets/</c> folder.</summary>
public sealed record AssetFile(string Name, string DisplayPath, Func<byte[]> Read);
