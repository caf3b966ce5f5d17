using System.Globalization;
using Gazette.Configuration;
using Gazette.Diagnostics;
using Gazette.Routing;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.Content;

/// <summary>Reads one Markdown article (front matter + body) into an <see cref="Article"/>.</summary>
public static class ArticleReader
{
    /// <summary>The longest slug derived from a title; longer titles are cut at a word.</summary>
    public const int MaxSlugLength = 80;

    /// <summary>
    /// Parses <paramref name="text"/> from <paramref name="path"/>. Every problem is reported with
    /// its file line and column; returns null when the article cannot be used.
    /// </summary>
    public static Article? Read(string path, string text, SiteConfig config, DiagnosticBag diagnostics)
    {
        var parts = FrontMatterSplitter.Split(text);
        if (parts is null)
        {
            diagnostics.Error(SourceSpan.File(path), "front matter is not closed: add a '---' line after the last key");
            return null;
        }

        return Read(path, parts, config, diagnostics);
    }

    /// <summary>Parses an article already split into front matter and body (<see cref="FrontMatterSplitter"/>).</summary>
    public static Article? Read(string path, FrontMatterParts parts, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (parts.Yaml is null)
        {
            diagnostics.Error(SourceSpan.File(path), "missing front matter: start the file with a '---' line, then 'title:' and 'date:', then '---'");
            return null;
        }

        var errorsBefore = new DiagnosticBag();
        var root = YamlParser.Parse(path, parts.Yaml, parts.YamlLineOffset, errorsBefore);
        diagnostics.AddRange(errorsBefore.Sorted());
        if (errorsBefore.HasErrors)
        {
            return null;
        }

        var yaml = new YamlReader(path, parts.YamlLineOffset, diagnostics);
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Error(root is null ? SourceSpan.File(path) : yaml.Span(root), "front matter must be a mapping of keys to values such as 'title: ...'");
            return null;
        }

        return new FrontMatterMapper(yaml, config).Map(mapping, parts);
    }

    /// <summary>Parses a front matter date: <c>YYYY-MM-DD</c> or ISO 8601 with time; date-only is midnight UTC.</summary>
    public static DateTimeOffset? ParseDate(string text)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
    }

    /// <summary>The default slug of an article file: its name without extension, as a slug.</summary>
    public static string SlugForFile(string path) => Slugger.Slugify(Path.GetFileNameWithoutExtension(path), MaxSlugLength);
}
