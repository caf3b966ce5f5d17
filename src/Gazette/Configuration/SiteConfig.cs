namespace Gazette.Configuration;

/// <summary>The site's configuration from <c>site.yml</c>, with every default applied.</summary>
public sealed record SiteConfig
{
    /// <summary>The site's name, shown in the masthead and feeds.</summary>
    public string Title { get; init; } = "Gazette";

    /// <summary>One line about the site: the home page's meta description and the feed subtitle.</summary>
    public string Description { get; init; } = "";

    /// <summary>Absolute URL the site is served from, always ending with <c>/</c>.</summary>
    public string BaseUrl { get; init; } = "http://localhost:4000/";

    /// <summary>The <c>lang</c> of every page.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Output folder, relative to the site folder.</summary>
    public string Output { get; init; } = "_site";

    /// <summary>Articles per list page.</summary>
    public int Paginate { get; init; } = 20;

    /// <summary>Custom domain written to <c>CNAME</c>, or null.</summary>
    public string? Cname { get; init; }

    /// <summary>The site's author: the feed author and the default article author in metadata.</summary>
    public string? Author { get; init; }

    /// <summary>Content folder, relative to the site folder.</summary>
    public string ContentDir { get; init; } = "content";

    /// <summary>Templates folder, relative to the site folder.</summary>
    public string TemplatesDir { get; init; } = "templates";

    /// <summary>Whether Atom feeds are written.</summary>
    public bool Feeds { get; init; } = true;

    /// <summary>How many newest entries each feed holds.</summary>
    public int FeedLimit { get; init; } = 20;

    /// <summary>Rules for converting raw <c>.txt</c> articles.</summary>
    public ImportConfig Import { get; init; } = new();

    /// <summary>The taxonomies, in the order the site lists them.</summary>
    public IReadOnlyList<TaxonomyConfig> Taxonomies { get; init; } = TaxonomyConfig.Defaults;

    /// <summary>Markdown rendering choices.</summary>
    public MarkdownConfig Markdown { get; init; } = new();

    /// <summary>Where each key's value was written in site.yml, for errors found later (such as an unsafe output folder).</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceSpan> KeySpans { get; init; } = new Dictionary<string, Diagnostics.SourceSpan>();
}
