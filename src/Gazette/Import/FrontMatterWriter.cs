using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Gazette.Import;

/// <summary>
/// Writes an imported article's front matter as YAML between <c>---</c> lines, keys in a fixed order
/// (title, subtitle, section, date, author, source, summary, tags, people, quotes, slug, source_file),
/// empty values left out, every string double-quoted.
/// </summary>
internal static class FrontMatterWriter
{
    /// <summary>The front matter block, ending with the closing <c>---</c> line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Write(ImportedArticle article)
    {
        var yaml = new StringBuilder(1024);
        yaml.Append("---\n");
        Scalar(yaml, "title", article.Title);
        Scalar(yaml, "subtitle", article.Subtitle);
        Scalar(yaml, "section", article.Section);
        if (article.Date is { } date)
        {
            yaml.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        Scalar(yaml, "author", article.Author);
        Source(yaml, Blank(article.SourceName), Blank(article.SourceUrl));
        Scalar(yaml, "summary", article.Summary);
        List(yaml, "tags", article.Tags);
        List(yaml, "people", article.People);
        if (article.Quotes.Count > 0)
        {
            yaml.Append("quotes:\n");
            foreach (var quote in article.Quotes)
            {
                yaml.Append("  - person: ");
                YamlScalar.AppendQuoted(yaml, quote.Person);
                yaml.Append("\n    text: ");
                YamlScalar.AppendQuoted(yaml, quote.Text);
                yaml.Append('\n');
            }
        }

        Scalar(yaml, "slug", article.Slug);
        Scalar(yaml, "source_file", article.SourceFile);
        yaml.Append("---\n");
        return yaml.ToString();
    }

    // A plain string when there is only a name or only a URL; a mapping when there are both.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Source(StringBuilder yaml, string? name, string? url)
    {
        if (name is not null && url is not null)
        {
            yaml.Append("source:\n");
            yaml.Append("  name: ");
            YamlScalar.AppendQuoted(yaml, name);
            yaml.Append("\n  url: ");
            YamlScalar.AppendQuoted(yaml, url);
            yaml.Append('\n');
        }
        else
        {
            Scalar(yaml, "source", name ?? url);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scalar(StringBuilder yaml, string key, string? value)
    {
        if (Blank(value) is { } text)
        {
            yaml.Append(key).Append(": ");
            YamlScalar.AppendQuoted(yaml, text);
            yaml.Append('\n');
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void List(StringBuilder yaml, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        yaml.Append(key).Append(":\n");
        foreach (string value in values)
        {
            yaml.Append("  - ");
            YamlScalar.AppendQuoted(yaml, value);
            yaml.Append('\n');
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
