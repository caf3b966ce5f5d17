using System.Text;
using System.Xml;

namespace Gazette.Output;

/// <summary>A sitemap entry: an absolute URL and, for articles, the date it last changed.</summary>
public sealed record SitemapEntry(string Permalink, DateTimeOffset? LastModified);

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9) and <c>robots.txt</c>.</summary>
public static class SitemapWriter
{
    /// <summary>The sitemap of <paramref name="entries"/>, in the order given.</summary>
    public static byte[] Write(IEnumerable<SitemapEntry> entries)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", entry.Permalink);
                if (entry.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", date.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary><c>robots.txt</c> allowing everything and naming the sitemap.</summary>
    public static byte[] Robots(string sitemapPermalink) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {sitemapPermalink}\n");
}
