using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gazette.Cli.Commands;
using Gazette.Diagnostics;
using Gazette.Import;
using Spectre.Console;

namespace Gazette.Cli.Output;

/// <summary>Prints an import's diagnostics, then a table of what was found per file, or JSON for tools.</summary>
internal sealed class ImportReporter(IAnsiConsole console, ImportCommand.Settings settings)
{
    private readonly DiagnosticWriter errors = DiagnosticWriter.ForStandardError(console);

    public int Report(ImportReport report)
    {
        errors.Write(report.Diagnostics.Where(d => !settings.Quiet || d.Severity == Severity.Error));

        if (settings.Format == "json")
        {
            Console.Out.Write(Json(report));
            Console.Out.Flush();
        }
        else if (!settings.Quiet)
        {
            Table(report);
        }

        return report.Succeeded ? 0 : GazetteApp.ContentErrors;
    }

    private void Table(ImportReport report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("file", "→ Markdown", "people", "tags", "quotes", "removed");
        foreach (var item in report.Items)
        {
            var a = item.Article;
            table.AddRow(
                Markup.Escape(item.Source),
                item.Outcome == ImportOutcome.Failed ? "[red]not imported[/]" : Markup.Escape(item.Target),
                Markup.Escape(a is null ? "" : string.Join(", ", a.People)),
                Markup.Escape(a is null ? "" : string.Join(", ", a.Tags)),
                (a?.Quotes.Count ?? 0).ToString(CultureInfo.InvariantCulture),
                (a?.Removed.Count ?? 0).ToString(CultureInfo.InvariantCulture));
        }

        if (report.Items.Count <= ProgressDisplay.Threshold || settings.Verbose)
        {
            console.Write(table);
        }

        var written = report.Items.Count(i => i.Outcome == ImportOutcome.Written);
        var would = report.Items.Count(i => i.Outcome == ImportOutcome.WouldWrite);
        var failed = report.Items.Count(i => i.Outcome == ImportOutcome.Failed);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {written + would} of {report.Items.Count} files{(settings.DryRun ? " (dry run: nothing written)" : "")}{(failed > 0 ? $", {failed} failed" : "")}"));
        if (report.PeopleAdded.Count > 0)
        {
            console.WriteLine($"added to people.yml: {string.Join(", ", report.PeopleAdded)}");
        }
    }

    // PRODUCT.md: one object per input { source, path, front_matter, body } plus what was removed.
    private static string Json(ImportReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var item in report.Items)
            {
                json.WriteStartObject();
                json.WriteString("source", item.Source);
                json.WriteString("path", item.Target);
                json.WriteString("status", item.Outcome switch { ImportOutcome.Written => "written", ImportOutcome.WouldWrite => "would_write", _ => "failed" });
                if (item.Article is { } a)
                {
                    json.WriteStartObject("front_matter");
                    Optional(json, "title", a.Title);
                    Optional(json, "subtitle", a.Subtitle);
                    Optional(json, "section", a.Section);
                    Optional(json, "date", a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    Optional(json, "author", a.Author);
                    if (a.SourceName is not null && a.SourceUrl is not null)
                    {
                        json.WriteStartObject("source");
                        json.WriteString("name", a.SourceName);
                        json.WriteString("url", a.SourceUrl);
                        json.WriteEndObject();
                    }
                    else
                    {
                        Optional(json, "source", a.SourceName ?? a.SourceUrl);
                    }

                    Optional(json, "summary", a.Summary);
                    Strings(json, "tags", a.Tags);
                    Strings(json, "people", a.People);
                    json.WriteStartArray("quotes");
                    foreach (var quote in a.Quotes)
                    {
                        json.WriteStartObject();
                        json.WriteString("person", quote.Person);
                        json.WriteString("text", quote.Text);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteString("slug", a.Slug);
                    json.WriteString("source_file", a.SourceFile);
                    json.WriteEndObject();
                    json.WriteString("body", a.Body);
                    Strings(json, "removed", a.Removed);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Optional(Utf8JsonWriter json, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(key, value);
        }
    }

    private static void Strings(Utf8JsonWriter json, string key, IEnumerable<string> values)
    {
        json.WriteStartArray(key);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
