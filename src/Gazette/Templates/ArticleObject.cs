using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Gazette.Templates;

/// <summary>
/// The article object templates see. Its body-derived members (<see cref="BodyFields"/>) are
/// held outside the member store and handed out only when a template reads them by name, so
/// every read of them can be noted: <c>content</c> is converted to HTML only when read (list
/// pages show thousands of articles and rarely their bodies), and a listed article notes each
/// read with <see cref="BodyFieldTracker"/>. The copy made for the article's own page notes
/// nothing: that page's key always covers its own body.
/// </summary>
internal sealed class ArticleObject : ScriptObject
{
    private readonly Func<string> _content;
    private readonly int _words;
    private readonly bool _listed;

    public ArticleObject(Func<string> content, int words, int capacity)
        : base(capacity)
    {
        _content = content;
        _words = words;
        _listed = true;

        // Present, so that templates listing or testing members see them; their values are
        // never these placeholders.
        this["content"] = null;
        this["word_count"] = null;
        this["reading_time"] = null;
    }

    private ArticleObject(ArticleObject from, int capacity)
        : base(capacity)
    {
        _content = from._content;
        _words = from._words;
        _listed = false;
        this.Import(from);
    }

    /// <summary>Minutes to read <paramref name="words"/> words, at least one.</summary>
    public static int ReadingTime(int words) => Math.Max(1, (int)Math.Round(words / 230.0, MidpointRounding.AwayFromZero));

    /// <summary>A copy for the article's own page, sharing the body, to add members to.</summary>
    public ArticleObject ForOwnPage(int capacity) => new(this, capacity);

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var field = member switch
        {
            "content" => BodyFields.Content,
            "word_count" => BodyFields.WordCount,
            "reading_time" => BodyFields.ReadingTime,
            _ => BodyFields.None,
        };
        if (field == BodyFields.None)
        {
            return base.TryGetValue(context, span, member, out value);
        }

        if (_listed)
        {
            BodyFieldTracker.Note(field);
        }

        value = field switch
        {
            BodyFields.Content => _content(),
            BodyFields.WordCount => _words,
            _ => ReadingTime(_words),
        };
        return true;
    }
}
