namespace Gazette.Import;

/// <summary>A raw article converted to front matter values and a Markdown body.</summary>
/// <param name="Title">The headline, as written.</param>
/// <param name="Subtitle">The subheadline or standfirst.</param>
/// <param name="Section">The section label.</param>
/// <param name="Author">The byline's name, without "By" or a job title.</param>
/// <param name="Date">Dateline, else the fallback date, else the file date.</param>
/// <param name="SourceName">The agency or publication from a <c>Source:</c> line.</param>
/// <param name="SourceUrl">The original article's URL.</param>
/// <param name="Slug">URL slug from the title: ASCII, at most 80 characters, cut at a word.</param>
/// <param name="Summary">The first paragraph, cut at a sentence end within 200 characters.</param>
/// <param name="Tags">Section, countries and major cities named, and tag rules: lower case, sorted, distinct.</param>
/// <param name="People">Everyone the article names, fullest form, in order of first mention.</param>
/// <param name="Quotes">Direct quotations attributed to a named person, in order.</param>
/// <param name="Roles">Person → the role the text gives them ("US Secretary of State").</param>
/// <param name="SourceFile">The input file's name.</param>
/// <param name="Body">The body as Markdown, escaped so that it renders literally.</param>
/// <param name="Removed">Lines and paragraphs removed as noise, in file order.</param>
/// <param name="ParagraphCount">Number of body blocks (paragraphs and lists).</param>
public sealed record ImportedArticle(
    string Title,
    string? Subtitle,
    string? Section,
    string? Author,
    DateOnly? Date,
    string? SourceName,
    string? SourceUrl,
    string Slug,
    string? Summary,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> People,
    IReadOnlyList<ImportedQuote> Quotes,
    IReadOnlyDictionary<string, string> Roles,
    string SourceFile,
    string Body,
    IReadOnlyList<string> Removed,
    int ParagraphCount);

/// <summary>A direct quotation: who said it and the words, without the outer quotation marks.</summary>
public sealed record ImportedQuote(string Person, string Text);
