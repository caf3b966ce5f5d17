using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Validation;

/// <summary>The sample site's feeds are Atom and its sitemap lists exactly its pages.</summary>
public sealed class FeedAndSitemapTests(SampleSiteBuild site)
{
    private const string BaseUrl = "https://gazette-sample.github.io/gazette/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Every_feed_is_an_atom_feed_with_the_required_elements()
    {
        var feeds = site.Result.Files.Where(f => f.Path.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        var people = site.HtmlFiles.Count(p => p.StartsWith("people/", StringComparison.Ordinal) && p.Count(c => c == '/') == 2);
        Assert.True(feeds.Count > people, $"{feeds.Count} feeds for {people} people");
        var pages = PagePermalinks();
        foreach (var file in feeds)
        {
            var feed = XDocument.Parse(File.ReadAllText(site.PathOf(file.Path))).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value), file.Path);
            Assert.Equal(BaseUrl + file.Path, feed.Element(Atom + "id")?.Value);
            Assert.Equal(BaseUrl + file.Path, Link(feed, "self"));
            Assert.Contains(Link(feed, "alternate"), pages);
            Rfc3339(feed.Element(Atom + "updated")?.Value, file.Path);
            Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
            var entries = feed.Elements(Atom + "entry").ToList();
            Assert.NotEmpty(entries);
            foreach (var entry in entries)
            {
                var link = Link(entry, "alternate");
                Assert.Contains(link, pages);
                Assert.Equal(link, entry.Element(Atom + "id")?.Value);
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value), file.Path);
                Rfc3339(entry.Element(Atom + "updated")?.Value, file.Path);
                Assert.True(entry.Element(Atom + "summary") is not null || entry.Element(Atom + "content") is not null, $"{file.Path}: an entry without summary or content");
            }
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_once_and_nothing_else()
    {
        var sitemap = XDocument.Parse(File.ReadAllText(site.PathOf("sitemap.xml"))).Root!;
        Assert.Equal(Sitemap + "urlset", sitemap.Name);
        var locs = sitemap.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());
        var pages = PagePermalinks();
        Assert.Equal(pages.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", File.ReadAllText(site.PathOf("robots.txt")), StringComparison.Ordinal);
    }

    // Every HTML page a reader or a crawler should find: all but the not-found page.
    private HashSet<string> PagePermalinks() =>
    [
        .. site.HtmlFiles.Where(p => p != "404.html")
            .Select(p => BaseUrl + (p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)),
    ];

    private static string Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value ?? $"(no {rel} link)";

    private static void Rfc3339(string? value, string file) =>
        Assert.True(DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{file}: '{value}' is not an RFC 3339 date");
}
