using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Gazette.Templates;

/// <summary>
/// A view model with one member made only when a template first reads it: a year's full
/// article list, which only the year's own page shows. A rebuild that renders a few pages
/// should not build models for the rest.
/// </summary>
internal sealed class OnDemandObject : ScriptObject
{
    private readonly string _member;
    private readonly Lazy<object?> _value;

    public OnDemandObject(string member, Func<object?> make, int capacity = 8)
        : base(capacity)
    {
        _member = member;
        _value = new Lazy<object?>(make, LazyThreadSafetyMode.ExecutionAndPublication);

        // Present, so that templates listing or testing members see it; its value is never this placeholder.
        this[member] = null;
    }

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (member == _member)
        {
            value = _value.Value;
            return true;
        }

        return base.TryGetValue(context, span, member, out value);
    }
}
