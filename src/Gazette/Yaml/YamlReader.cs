using System.Globalization;
using Gazette.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gazette.Yaml;

/// <summary>
/// Typed reads of YAML nodes that report a positioned error (and return null) when a value
/// has the wrong shape, instead of throwing.
/// </summary>
internal sealed class YamlReader(string path, int lineOffset, DiagnosticBag diagnostics)
{
    /// <summary>The file the nodes come from.</summary>
    public string Path { get; } = path;

    /// <summary>Where diagnostics go.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The file position of <paramref name="node"/>.</summary>
    public SourceSpan Span(YamlNode node) => YamlParser.SpanOf(Path, node, lineOffset);

    /// <summary>Reports an error at <paramref name="node"/>.</summary>
    public void Error(YamlNode node, string message) => Diagnostics.Error(Span(node), message);

    /// <summary>Reports a warning at <paramref name="node"/>.</summary>
    public void Warning(YamlNode node, string message) => Diagnostics.Warning(Span(node), message);

    /// <summary>True for <c>~</c>, <c>null</c> or an empty plain scalar.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>A string value; numbers and booleans are taken as written.</summary>
    public string? String(YamlNode node, string key)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, $"'{key}' must be text, not {Describe(node)}");
        return null;
    }

    /// <summary>A boolean: true/false/yes/no.</summary>
    public bool? Bool(YamlNode node, string key)
    {
        var text = node is YamlScalarNode s ? s.Value : null;
        switch (text?.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(node, $"'{key}' must be true or false, not {Describe(node)}");
                return null;
        }
    }

    /// <summary>A whole number within [min, max].</summary>
    public int? Int(YamlNode node, string key, int min, int max)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain } s
            && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                Error(node, $"'{key}' must be between {min} and {max}, not {value}");
                return null;
            }

            return value;
        }

        Error(node, $"'{key}' must be a whole number, not {Describe(node)}");
        return null;
    }

    /// <summary>A list of strings; a single string is accepted as a list of one.</summary>
    public List<(string Value, YamlNode Node)>? StringList(YamlNode node, string key)
    {
        if (IsNull(node))
        {
            return [];
        }

        if (node is YamlScalarNode scalar)
        {
            return [(scalar.Value ?? "", scalar)];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list of text, not {Describe(node)}");
            return null;
        }

        var result = new List<(string, YamlNode)>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode s && !IsNull(s))
            {
                result.Add((s.Value ?? "", s));
            }
            else if (!IsNull(item))
            {
                Error(item, $"each item of '{key}' must be text, not {Describe(item)}");
            }
        }

        return result;
    }

    /// <summary>Names the shape of a node for messages ("a list", "a mapping", "'abc'").</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode s when s.Value is { Length: > 40 } v => $"'{v[..40]}…'",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "this value",
    };
}
