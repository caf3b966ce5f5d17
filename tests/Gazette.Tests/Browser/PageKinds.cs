namespace Gazette.Tests.Browser;

/// <summary>One page of each kind the sample site has, by a short name used in test names and screenshot files.</summary>
public static class PageKinds
{
    /// <summary>The seed article: the first article of the sample site, imported from ../shared/corpus/seed.</summary>
    public const string SeedArticle = "/gazette/articles/desperate-putin-unleashes-devastating-hypersonic-missiles-as-russia-backed-into/";

    /// <summary>Name → site path (base path included).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "/gazette/",
        ["home-page-2"] = "/gazette/page/2/",
        ["article"] = SeedArticle,
        ["tags"] = "/gazette/tags/",
        ["tag"] = "/gazette/tags/russia/",
        ["tag-page-2"] = "/gazette/tags/united-states/page/2/",
        ["people"] = "/gazette/people/",
        ["person"] = "/gazette/people/antony-blinken/",
        ["archive"] = "/gazette/archive/",
        ["archive-year"] = "/gazette/archive/2022/",
        ["search"] = "/gazette/search/?q=blinken",
        ["not-found"] = "/gazette/no-such-page/",
    };

    /// <summary>The names, as xunit theory data.</summary>
    public static TheoryData<string> Names => [.. All.Keys];
}
