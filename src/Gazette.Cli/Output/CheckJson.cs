using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gazette.Diagnostics;

namespace Gazette.Cli.Output;

/// <summary>
/// <c>check --format json</c>: <c>{"ok", "errors", "warnings", "diagnostics": [{"path", "line",
/// "column", "severity", "message"}]}</c>, for tools and CI.
/// </summary>
internal static class CheckJson
{
    public static string Write(bool ok, IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", ok);
            json.WriteNumber("errors", list.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", list.Count(d => d.Severity == Severity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in list)
            {
                json.WriteStartObject();
                json.WriteString("path", diagnostic.Span.Path);
                json.WriteNumber("line", diagnostic.Span.Line);
                json.WriteNumber("column", diagnostic.Span.Column);
                json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
