using Gazette.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gazette.Yaml;

/// <summary>
/// Parses YAML text into a node tree whose positions map back to the file, so every later
/// type or value error can point at the exact line and column.
/// </summary>
internal static class YamlParser
{
    /// <summary>
    /// Parses <paramref name="text"/>; <paramref name="lineOffset"/> is added to every line so YAML
    /// embedded in a larger file (front matter) reports file lines. Returns null after reporting a syntax error.
    /// </summary>
    public static YamlNode? Parse(string path, string text, int lineOffset, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            if (SimpleYaml.TryParse(text) is { } events)
            {
                stream.Load(events);
            }
            else
            {
                stream.Load(new StringReader(text));
            }

            if (stream.Documents.Count == 0)
            {
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var span = new SourceSpan(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column);
            diagnostics.Error(span, $"invalid YAML: {Describe(ex)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this, without a position, when the text ends inside a flow
            // collection ("tags: [a" and nothing after): point at the YAML's last line.
            var lines = text.AsSpan().TrimEnd().Count('\n') + 1;
            diagnostics.Error(new SourceSpan(path, lines + lineOffset, 1), "invalid YAML: the text ends inside a '[' or '{' that is never closed");
            return null;
        }
    }

    /// <summary>The position of a node in the file.</summary>
    public static SourceSpan SpanOf(string path, YamlNode node, int lineOffset) =>
        new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the position is already in the span.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
