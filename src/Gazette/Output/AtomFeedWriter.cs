using System.Globalization;
using System.Text;
using System.Xml;
using Gazette.Configuration;
using Gazette.Routing;
using Gazette.Site;

namespace Gazette.Output;

/// <summary>
/// Writes Atom 1.0 feeds with XmlWriter, so every piece of content text is escaped by the XML
/// writer rather than by template care. <c>updated</c> is the newest entry's date, never the
/// build time, so the same input gives the same bytes.
/// </summary>
public static class AtomFeedWriter
{
    /// <summary>
    /// A feed of the newest <see cref="SiteConfig.FeedLimit"/> of <paramref name="articles"/>, with each
    /// article's full HTML when <paramref name="html"/> is given, else summaries and links only.
    /// </summary>
    public static byte[] Write(SiteConfig config, Route self, string title, string alternateUrl, IReadOnlyList<SiteArticle> articles, Func<int, string>? html)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            xml.WriteElementString("title", title);
            if (config.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", config.Description);
            }

            Link(xml, "self", self.Permalink, "application/atom+xml");
            Link(xml, "alternate", alternateUrl, "text/html");
            xml.WriteElementString("id", self.Permalink);
            xml.WriteElementString("updated", Rfc3339(articles.Count > 0 ? articles[0].Article.Date : DateTimeOffset.UnixEpoch));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", config.Author ?? config.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("generator");
            xml.WriteAttributeString("uri", "https://github.com/gazette-ssg/gazette");
            xml.WriteString("Gazette");
            xml.WriteEndElement();
            foreach (var article in articles.Take(config.FeedLimit))
            {
                Entry(xml, config, article, html?.Invoke(article.Index));
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Entry(XmlWriter xml, SiteConfig config, SiteArticle entry, string? html)
    {
        var article = entry.Article;
        xml.WriteStartElement("entry");
        xml.WriteElementString("title", article.Title);
        Link(xml, "alternate", entry.Route.Permalink, "text/html");
        xml.WriteElementString("id", entry.Route.Permalink);
        xml.WriteElementString("published", Rfc3339(article.Date));
        xml.WriteElementString("updated", Rfc3339(article.Date));
        xml.WriteStartElement("author");
        xml.WriteElementString("name", article.Author ?? config.Author ?? config.Title);
        xml.WriteEndElement();
        foreach (var tag in entry.TermsOf("tags"))
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", tag.Slug);
            xml.WriteAttributeString("label", tag.Name);
            xml.WriteEndElement();
        }

        if (!string.IsNullOrEmpty(article.Summary))
        {
            xml.WriteElementString("summary", article.Summary);
        }

        if (html is not null)
        {
            xml.WriteStartElement("content");
            xml.WriteAttributeString("type", "html");
            xml.WriteString(html);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
