using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Gazette.Templates.Compilation;

/// <summary>A compiled statement: writes what it outputs and returns what is left for its block to write.</summary>
internal abstract class Step
{
    public abstract object? Run(TemplateContext context);
}

/// <summary>
/// A block of statements, as <c>ScriptBlockStatement</c> runs it: each statement's indentation
/// (for Scriban's auto-indent), and the value of each output statement written in turn. The
/// flow-state checks are left out: a compiled template has no statement that sets it.
/// </summary>
internal sealed class BlockStep(SourceSpan span, BlockStep.Entry[] entries) : Step
{
    public enum Escape
    {
        None,
        Entering,
        Closing,
    }

    /// <summary>A statement: its step (null for one Scriban skips), whether it outputs, and the indentation it sets.</summary>
    public readonly record struct Entry(Step? Step, bool CanOutput, Escape Escape, string? Indent);

    public override object? Run(TemplateContext context)
    {
        var autoIndent = context.AutoIndent;
        object? result = null;
        var outer = context.CurrentIndent;
        var indent = outer;
        try
        {
            foreach (var entry in entries)
            {
                context.CheckAbort();
                if (autoIndent && entry.Escape != Escape.None)
                {
                    indent = entry.Escape == Escape.Entering ? entry.Indent : outer;
                }

                context.CurrentIndent = indent;
                if (entry.Step is null)
                {
                    continue;
                }

                result = entry.Step.Run(context);
                if (!entry.CanOutput)
                {
                    result = null;
                }
                else if (result is not null && context.EnableOutput)
                {
                    context.Write(span, result);
                    result = null;
                }
            }
        }
        finally
        {
            context.CurrentIndent = outer;
        }

        return result;
    }
}

/// <summary>Template text between tags.</summary>
internal sealed class RawStep(ScriptRawStatement raw) : Step
{
    private readonly ScriptStringSlice _text = raw.Text;
    private readonly bool _empty = raw.Text.Length == 0 || string.IsNullOrEmpty(raw.Text.FullText);

    public override object? Run(TemplateContext context)
    {
        if (_empty)
        {
            return null;
        }

        if (!context.EnableOutput)
        {
            return _text.ToString();
        }

        context.Write(_text);
        return null;
    }
}

/// <summary><c>{{ expression }}</c>: its value, for the block to write.</summary>
internal sealed class OutputStep(Expr expression, SourceSpan span) : Step
{
    public override object? Run(TemplateContext context)
    {
        var value = Expr.EvalAt(expression, context, span);
        return value is ScriptNode node ? context.Evaluate(node) : value;
    }
}

/// <summary><c>name = expression</c>: the value stored as Scriban stores it.</summary>
internal sealed class AssignStep(ScriptExpression target, Expr value, SourceSpan span) : Step
{
    public override object? Run(TemplateContext context)
    {
        context.SetValue(target, Expr.EvalAt(value, context, span));
        return null;
    }
}

/// <summary><c>if</c>, with its <c>else if</c> chain and <c>else</c> compiled alike.</summary>
internal sealed class IfStep(Expr condition, SourceSpan conditionSpan, Step? then, Step? otherwise) : Step
{
    public override object? Run(TemplateContext context) =>
        context.ToBool(conditionSpan, Expr.EvalAt(condition, context, conditionSpan)) ? then?.Run(context) : otherwise?.Run(context);
}

/// <summary>A statement left to Scriban's interpreter, on the same context.</summary>
internal sealed class InterpretedStep(ScriptStatement statement) : Step
{
    public override object? Run(TemplateContext context) => context.Evaluate(statement);
}
