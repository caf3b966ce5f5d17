using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

using Gazette.Diagnostics;
using Gazette.Import;

namespace Gazette.Tests.Import;

/// <summary>Scores of one article (or a layout, or the corpus) against gold.json.</summary>
public sealed record Score(
    string Name, int Files, int FieldsExact, int Found, int Expected, int Correct,
    int QuotesRight, int Quotes, int NotPeopleReported, int LiteralsOk, int Literals, int BoilerplateLeft)
{
    /// <summary>Share of reported people who are in gold.</summary>
    public double PeoplePrecision => Found == 0 ? 1 : (double)Correct / Found;

    /// <summary>Share of gold people who are reported.</summary>
    public double PeopleRecall => Expected == 0 ? 1 : (double)Correct / Expected;

    /// <summary>Share of gold quotes found with the right speaker.</summary>
    public double QuoteAccuracy => Quotes == 0 ? 1 : (double)QuotesRight / Quotes;
}

/// <summary>Imports the corpus once and scores it.</summary>
public static class CorpusScores
{
    private static readonly ConcurrentDictionary<string, ImportedArticle> Imported = new();

    /// <summary>The article imported with default options (no registry), cached.</summary>
    public static ImportedArticle Import(CorpusArticle gold) => Imported.GetOrAdd(gold.Path, path =>
        Importer.Import(gold.Name, File.ReadAllBytes(path), new ImportOptions(), new DiagnosticBag())
            ?? throw new InvalidOperationException("import failed: " + gold.Name));

    /// <summary>The first body paragraph rendered back to plain text.</summary>
    public static string? FirstParagraphText(ImportedArticle article) =>
        MarkdownRendering.Body(article.Body).Children.FirstOrDefault(static e => e.LocalName == "p")?.TextContent;

    /// <summary>
    /// Gold people as the importer should give them without a registry: a person the text names
    /// only by surname stays as written ("Putin").
    /// </summary>
    public static List<string> ExpectedPeople(CorpusArticle gold)
    {
        var surnames = gold.List("surname_only");
        return [.. gold.List("people").Select(p => surnames.FirstOrDefault(s => p.EndsWith(" " + s, StringComparison.Ordinal)) ?? p)];
    }

    /// <summary>Scores of every article.</summary>
    public static List<Score> All() => [.. Corpus.All.Select(Score)];

    /// <summary>The score of one article.</summary>
    public static Score Score(CorpusArticle gold)
    {
        var article = Import(gold);
        var expected = ExpectedPeople(gold);
        int correct = article.People.Count(expected.Contains);
        string text = MarkdownRendering.Text(article.Body);

        bool fieldsExact = gold.Text("title") == article.Title && gold.Text("subtitle") == article.Subtitle
            && gold.Text("section") == article.Section && gold.Text("author") == article.Author
            && gold.Text("date") == article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            && gold.Text("source") == article.SourceName && gold.Text("source_url") == article.SourceUrl
            && gold.Gold.GetProperty("paragraph_count").GetInt32() == article.ParagraphCount
            && gold.Text("first_paragraph") == FirstParagraphText(article);

        var surnames = gold.List("surname_only");
        var goldQuotes = gold.Gold.GetProperty("quotes").EnumerateArray()
            .Select(q => (Speaker: q.GetProperty("speaker").GetString()!, Text: q.GetProperty("text").GetString()!))
            .Select(q => (Speaker: surnames.FirstOrDefault(s => q.Speaker.EndsWith(" " + s, StringComparison.Ordinal)) ?? q.Speaker, q.Text))
            .ToList();
        int quotesRight = goldQuotes.Count(q => article.Quotes.Any(a => a.Person == q.Speaker && SameQuote(a.Text, q.Text)));

        var literals = gold.List("must_render_literally");
        return new Score(
            gold.Name, 1, fieldsExact ? 1 : 0, article.People.Count, expected.Count, correct,
            quotesRight, goldQuotes.Count, gold.List("not_people").Count(article.People.Contains),
            literals.Count(text.Contains), literals.Count, gold.List("boilerplate").Count(text.Contains));
    }

    /// <summary>The sum of <paramref name="scores"/>.</summary>
    public static Score Total(IEnumerable<Score> scores, string name = "all") => scores.Aggregate(
        new Score(name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        static (a, b) => new Score(a.Name, a.Files + b.Files, a.FieldsExact + b.FieldsExact, a.Found + b.Found, a.Expected + b.Expected,
            a.Correct + b.Correct, a.QuotesRight + b.QuotesRight, a.Quotes + b.Quotes, a.NotPeopleReported + b.NotPeopleReported,
            a.LiteralsOk + b.LiteralsOk, a.Literals + b.Literals, a.BoilerplateLeft + b.BoilerplateLeft));

    /// <summary>A Markdown table of the scores per layout and in total.</summary>
    public static string Table(List<Score> scores)
    {
        var rows = scores.GroupBy(s => Corpus.Get(s.Name).Layout).OrderBy(static g => g.Key, StringComparer.Ordinal)
            .Select(static g => Total(g, g.Key)).Append(Total(scores, "all"));
        var table = new StringBuilder();
        table.AppendLine("| layout | files | fields exact | people precision | people recall | not-people reported | quote speakers right | literals rendered | boilerplate left |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var s in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.Name} | {s.Files} | {s.FieldsExact}/{s.Files} | {s.PeoplePrecision:P1} ({s.Correct}/{s.Found}) | {s.PeopleRecall:P1} ({s.Correct}/{s.Expected}) | {s.NotPeopleReported} | {s.QuoteAccuracy:P1} ({s.QuotesRight}/{s.Quotes}) | {s.LiteralsOk}/{s.Literals} | {s.BoilerplateLeft} |");
        }

        return table.ToString();
    }

    // The README lets a checker ignore final punctuation in quote texts.
    private static bool SameQuote(string a, string b) => a.TrimEnd('.', ',', '!', '?', ' ') == b.TrimEnd('.', ',', '!', '?', ' ');
}
