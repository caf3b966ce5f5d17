using Scriban;
using Scriban.Syntax;

namespace Gazette.Templates.Compilation;

/// <summary>
/// A plain <c>for item in list</c> whose body is compiled. Scriban's own loop runs it, so loop
/// scopes, the <c>for</c> object (<c>for.first</c>, <c>for.last</c>, ...) and loop limits stay
/// Scriban's; only each iteration's body runs compiled.
/// </summary>
internal sealed class CompiledLoop : ScriptForStatement
{
    private Step _body = null!;

    /// <summary>The compiled form of <paramref name="loop"/>, or null for a loop with options (<c>limit:</c>, <c>else</c>...).</summary>
    public static CompiledLoop? From(ScriptForStatement loop, Func<ScriptBlockStatement, Step> compile)
    {
        if (loop is not { Variable: ScriptVariable variable, Iterator: { } iterator, Body: { } body, Else: null, SetContinue: false }
            || loop.NamedArguments is { Count: > 0 })
        {
            return null;
        }

        // The loop's nodes stay in the parsed tree; this one gets copies (a node has one parent).
        return new CompiledLoop
        {
            Span = loop.Span,
            Variable = (ScriptExpression)variable.Clone(),
            Iterator = (ScriptExpression)iterator.Clone(),
            _body = compile(body),
        };
    }

    protected override object? LoopItem(TemplateContext context, LoopState state) => _body.Run(context);
}
