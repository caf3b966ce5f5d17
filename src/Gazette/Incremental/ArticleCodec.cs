using Gazette.Content;
using Gazette.Diagnostics;

namespace Gazette.Incremental;

/// <summary>Writes and reads an <see cref="Article"/> in the article cache's binary form.</summary>
internal static class ArticleCodec
{
    private enum Tag : byte
    {
        Null,
        String,
        List,
        Map,
    }

    public static void Write(BinaryWriter w, Article a, bool storeBody)
    {
        Span(w, a.Span);
        w.Write(a.Title);
        w.Write(a.Date.UtcTicks);
        w.Write((short)a.Date.Offset.TotalMinutes);
        w.Write(a.Slug);
        Span(w, a.SlugSpan);
        Text(w, a.Subtitle);
        Text(w, a.Section);
        Text(w, a.Summary);
        Text(w, a.Author);
        w.Write(a.Source is not null);
        if (a.Source is not null)
        {
            Text(w, a.Source.Name);
            Text(w, a.Source.Url);
        }

        w.Write(a.Draft);
        Text(w, a.SourceFile);
        w.Write(a.Terms.Count);
        foreach (var (taxonomy, terms) in a.Terms)
        {
            w.Write(taxonomy);
            w.Write(terms.Count);
            foreach (var term in terms)
            {
                w.Write(term.Name);
                Span(w, term.Span);
            }
        }

        w.Write(a.Quotes.Count);
        foreach (var quote in a.Quotes)
        {
            w.Write(quote.Person);
            w.Write(quote.Text);
            Span(w, quote.Span);
        }

        Value(w, a.Params);
        w.Write(a.BodyLine);
        w.Write(a.WordCount);
        w.Write(a.ContentHash);
        Text(w, storeBody ? a.Body : null);
    }

    public static Article Read(BinaryReader r, string path)
    {
        var span = Span(r, path);
        var title = r.ReadString();
        var utcTicks = r.ReadInt64();
        var offset = TimeSpan.FromMinutes(r.ReadInt16());
        var slug = r.ReadString();
        var slugSpan = Span(r, path);
        var subtitle = Text(r);
        var section = Text(r);
        var summary = Text(r);
        var author = Text(r);
        var source = r.ReadBoolean() ? new ArticleSource(Text(r), Text(r)) : null;
        var draft = r.ReadBoolean();
        var sourceFile = Text(r);
        var terms = new Dictionary<string, IReadOnlyList<TermReference>>(StringComparer.Ordinal);
        for (var t = r.ReadInt32(); t > 0; t--)
        {
            var taxonomy = r.ReadString();
            var list = new TermReference[r.ReadInt32()];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = new TermReference(r.ReadString(), Span(r, path));
            }

            terms[taxonomy] = list;
        }

        var quotes = new Quote[r.ReadInt32()];
        for (var i = 0; i < quotes.Length; i++)
        {
            quotes[i] = new Quote(r.ReadString(), r.ReadString(), Span(r, path));
        }

        var parameters = Value(r) as IReadOnlyDictionary<string, object?> ?? throw new InvalidDataException("article params are not a map");
        var bodyLine = r.ReadInt32();
        var words = r.ReadInt32();
        var hash = r.ReadUInt64();
        var body = Text(r);
        var article = new Article
        {
            SourcePath = path,
            Span = span,
            Title = title,
            Date = new DateTimeOffset(utcTicks + offset.Ticks, offset),
            Slug = slug,
            SlugSpan = slugSpan,
            Subtitle = subtitle,
            Section = section,
            Summary = summary,
            Author = author,
            Source = source,
            Draft = draft,
            SourceFile = sourceFile,
            Terms = terms,
            Quotes = quotes,
            Params = parameters,
            BodyLine = bodyLine,
            WordCount = words,
            ContentHash = hash,
        };
        return body is null ? article : article with { Body = body };
    }

    // Spans in an article always point into its own file: only line and column are stored.
    private static void Span(BinaryWriter w, SourceSpan span)
    {
        w.Write(span.Line);
        w.Write(span.Column);
    }

    private static SourceSpan Span(BinaryReader r, string path) => new(path, r.ReadInt32(), r.ReadInt32());

    private static void Text(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static string? Text(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    // Front matter params are what FrontMatterMapper makes of unknown keys: null, strings, lists and maps.
    private static void Value(BinaryWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.Write((byte)Tag.Null);
                break;
            case string s:
                w.Write((byte)Tag.String);
                w.Write(s);
                break;
            case IReadOnlyDictionary<string, object?> map:
                w.Write((byte)Tag.Map);
                w.Write(map.Count);
                foreach (var (key, item) in map)
                {
                    w.Write(key);
                    Value(w, item);
                }

                break;
            case IEnumerable<object?> list:
                var items = list.ToList();
                w.Write((byte)Tag.List);
                w.Write(items.Count);
                items.ForEach(item => Value(w, item));
                break;
            default:
                throw new InvalidDataException($"cannot cache a front matter value of type {value.GetType().Name}");
        }
    }

    private static object? Value(BinaryReader r)
    {
        switch ((Tag)r.ReadByte())
        {
            case Tag.Null:
                return null;
            case Tag.String:
                return r.ReadString();
            case Tag.List:
                var list = new List<object?>();
                for (var n = r.ReadInt32(); n > 0; n--)
                {
                    list.Add(Value(r));
                }

                return list;
            case Tag.Map:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var n = r.ReadInt32(); n > 0; n--)
                {
                    map[r.ReadString()] = Value(r);
                }

                return map;
            default:
                throw new InvalidDataException("unknown value tag in the article cache");
        }
    }
}
