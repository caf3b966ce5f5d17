using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Gazette.Templates;
using Scriban;
using Scriban.Runtime;

namespace Gazette.Output;

/// <summary>
/// The <c>include_cached</c> template function: renders a partial once per distinct argument
/// and reuses the HTML. An article card appears on the home page, every tag page and every
/// person page of its article — a dozen times on a typical site — but is rendered once.
/// The partial sees only <c>site</c>, <c>item</c> and <c>variant</c>, never <c>page</c>, so
/// the cached HTML cannot depend on which page it lands in.
/// </summary>
internal sealed class PartialCache(TemplateSet templates, ScriptObject builtins, ScriptObject site)
{
    private readonly ConcurrentDictionary<Key, (string Html, BodyFields Read)> _cache = new();

    /// <summary><c>{{ include_cached 'partials/article-item.html' item 'h2' }}</c>.</summary>
    public string Include(string name, object? item = null, object? variant = null)
    {
        var key = new Key(name, item, variant?.ToString() ?? "");
        if (_cache.TryGetValue(key, out var cached))
        {
            // The page uses what the partial read when it was rendered, as if it had read it itself.
            BodyFieldTracker.Note(cached.Read);
            return cached.Html;
        }

        return _cache.GetOrAdd(key, Render(key)).Html;
    }

    private (string, BodyFields) Render(Key key)
    {
        var found = templates.Find(key.Name) ?? throw new ArgumentException($"include_cached '{key.Name}' names no template in templates/ or the theme");
        var free = _free.Value ??= new Stack<TemplateContext>();
        var context = free.Count > 0 ? free.Pop() : RenderContexts.Create(templates, builtins);
        context.PushGlobal(new ScriptObject { ["site"] = site, ["item"] = key.Item, ["variant"] = key.Variant });
        var outer = BodyFieldTracker.Begin();
        string html;
        BodyFields read;
        try
        {
            html = found.Template.Render(context);
        }
        finally
        {
            // Ending also counts the partial's reads for the page that included it.
            read = BodyFieldTracker.End(outer);
        }

        // Only a render that finished gives its context back: one that threw may leave scopes pushed.
        context.PopGlobal();
        free.Push(context);
        return (html, read);
    }

    // A partial is rendered in the middle of its page's render, so it cannot borrow the page's
    // context; it takes one of its thread's own (an include_cached inside it takes another).
    // Making a context per partial (tens of thousands in a large site) was a fifth of the
    // build's allocations.
    private readonly ThreadLocal<Stack<TemplateContext>> _free = new();

    // The item is compared by reference: view models are built once and never change.
    private readonly record struct Key(string Name, object? Item, string Variant)
    {
        public bool Equals(Key other) => Name == other.Name && ReferenceEquals(Item, other.Item) && Variant == other.Variant;

        public override int GetHashCode() => HashCode.Combine(Name, RuntimeHelpers.GetHashCode(Item), Variant);
    }
}
