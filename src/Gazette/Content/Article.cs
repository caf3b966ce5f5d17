using System.Diagnostics.CodeAnalysis;
using System.Text;
using Gazette.Diagnostics;

namespace Gazette.Content;

/// <summary>One article as written: front matter values and the Markdown body, with where each came from.</summary>
public sealed record Article
{
    /// <summary>The file, relative to the site folder with '/' separators.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Where the article starts (for article-wide errors such as slug collisions).</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>Publication date; date-only values are midnight UTC.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>The URL segment: front matter <c>slug</c>, else the title's slug.</summary>
    public required string Slug { get; init; }

    /// <summary>Where the slug was decided (the <c>slug</c> key, or the title).</summary>
    public required SourceSpan SlugSpan { get; init; }

    /// <summary>Standfirst.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Section label.</summary>
    public string? Section { get; init; }

    /// <summary>One or two sentences for lists, meta descriptions and feeds.</summary>
    public string? Summary { get; init; }

    /// <summary>Byline.</summary>
    public string? Author { get; init; }

    /// <summary>Where the story came from.</summary>
    public ArticleSource? Source { get; init; }

    /// <summary>True for drafts, built only with <c>--drafts</c>.</summary>
    public bool Draft { get; init; }

    /// <summary>The raw file this article was imported from, if any.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Terms per taxonomy name, as written (<c>tags</c> → ["Economy"]), with their positions.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<TermReference>> Terms { get; init; }

    /// <summary>Quotations credited to people.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Unknown front matter keys, for templates as <c>page.params</c>.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    private string? _body;
    private int? _wordCount;

    /// <summary>
    /// The Markdown body. An article restored from the build cache reads it from its file on
    /// first use: most rebuilds never need the bodies of unchanged articles. One read from a file
    /// as it is holds the file's bytes (<see cref="Utf8Body"/>) and decodes them at each use.
    /// </summary>
    [AllowNull]
    public string Body
    {
        get
        {
            if (_body is not null)
            {
                return _body;
            }

            return Utf8Body.IsEmpty ? _body = BodyLoader?.Invoke() ?? "" : Encoding.UTF8.GetString(Utf8Body.Span);
        }

        init => _body = value;
    }

    /// <summary>
    /// The body as the UTF-8 bytes of its file, when those needed no fix-up (<see cref="Content.TextDecoder.AsWritten"/>).
    /// </summary>
    /// <remarks>
    /// Bodies live from loading to rendering, which uses each once or twice: as strings, the
    /// bodies of 10,000 articles were 80 MB that every collection during the build copied, and
    /// the file's text was decoded and then copied again to cut out the body.
    /// </remarks>
    public ReadOnlyMemory<byte> Utf8Body { get; init; }

    /// <summary>Reads the body on first use, for articles restored from the build cache.</summary>
    public Func<string>? BodyLoader { get; init; }

    /// <summary>Words in the body, for reading time.</summary>
    public int WordCount
    {
        get => _wordCount ??= Utf8Body.IsEmpty ? WordCounter.Count(Body) : WordCounter.CountUtf8(Utf8Body.Span);
        init => _wordCount = value;
    }

    /// <summary>A hash of the source file's bytes: what incremental builds compare.</summary>
    public ulong ContentHash { get; init; }

    /// <summary>The file line the body starts on.</summary>
    public int BodyLine { get; init; } = 1;
}

/// <summary>A term as written in front matter, with its position for errors.</summary>
public sealed record TermReference(string Name, SourceSpan Span);

/// <summary>A quotation credited to a person.</summary>
public sealed record Quote(string Person, string Text, SourceSpan Span);

/// <summary>The source of a story: a name, a URL or both.</summary>
public sealed record ArticleSource(string? Name, string? Url);
