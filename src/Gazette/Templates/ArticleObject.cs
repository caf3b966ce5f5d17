using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Gazette.Templates;

/// <summary>
/// An article's view model whose <c>content</c> (the body as HTML) is converted only when a
/// template reads it: list pages such as the archive show thousands of articles and never
/// their bodies.
/// </summary>
internal sealed class ArticleObject(Func<string> content) : ScriptObject(40)
{
    /// <summary>The member that is made on first read.</summary>
    public const string ContentMember = "content";

    /// <summary>Makes an object sharing this one's members and body.</summary>
    public ArticleObject Extend()
    {
        var copy = new ArticleObject(content);
        copy.Import(this);
        return copy;
    }

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (member == ContentMember)
        {
            value = content();
            return true;
        }

        return base.TryGetValue(context, span, member, out value);
    }
}
