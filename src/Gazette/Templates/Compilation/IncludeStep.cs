using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Gazette.Templates.Compilation;

/// <summary>
/// <c>{{ include 'name' ... }}</c> on its own: the partial renders straight into the page's
/// output. Scriban renders it into a string of its own and then writes that string, indenting
/// each of its lines as the tag is indented; here the partial's output goes through
/// <see cref="IndentingOutput"/>, which indents as it passes, so each partial's text is not
/// built up and copied once more. Everything else is as Scriban's <c>include</c> does it.
/// </summary>
internal sealed class IncludeStep(ScriptVariable function, Expr[] arguments, SourceSpan[] spans, ScriptFunctionCall call) : Step
{
    public override object? Run(TemplateContext context)
    {
        // Scriban caps and counts output only when limits are set, and its indenting treats
        // text in pieces as it treats it whole only when empty lines are indented too.
        if (context.GetValue(function) is not IncludeFunction include
            || context.LimitToString > 0 || context.OutputLimit is not null || !context.EnableOutput
            || (context.CurrentIndent is not null && !context.IndentOnEmptyLines))
        {
            var value = context.Evaluate(call);
            return value is ScriptNode node ? context.Evaluate(node) : value;
        }

        var values = new ScriptArray(arguments.Length);
        CallExpr.AddArguments(values, context, include, arguments, spans);

        context.EnterRecursive(call);
        try
        {
            var path = context.GetTemplatePathFromName(context.ObjectToString(values[0]), call);
            if (path is not null)
            {
                Render(context, context.GetOrCreateTemplate(path, call), values);
            }
        }
        finally
        {
            context.ExitRecursive(call);
        }

        return null;
    }

    // TemplateContext.RenderTemplate, with the partial's output pushed through the indentation
    // instead of into a string.
    private void Render(TemplateContext context, Template template, ScriptArray values)
    {
        context.EnterRecursive(call);
        var indent = context.CurrentIndent;
        ref var newLine = ref PreviousTextWasNewLine(context);
        var outerNewLine = newLine;
        var output = new IndentingOutput(context.Output, indent, outerNewLine);
        context.CurrentIndent = null;
        context.PushOutput(output);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, values, asReadOnly: true, force: true);
            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }

            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            context.CurrentIndent = indent;
            PreviousTextWasNewLine(context) = outerNewLine;
            context.ExitRecursive(call);
        }

        // As after Scriban writes the partial's text: the line state is where that text left it.
        if (output.Wrote)
        {
            PreviousTextWasNewLine(context) = output.PreviousNewLine;
        }
    }

    // Whether the last text written ended a line; Scriban keeps it private and indents by it.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);
}

/// <summary>
/// Passes text on to another output, indenting every line that starts in it by <c>indent</c>,
/// exactly as <c>TemplateContext.Write</c> does for a whole string when empty lines are indented
/// too (which is what makes the result the same whether the text comes whole or in pieces).
/// Its <see cref="ToString"/> is empty: there is nothing to hand back, the text is already out.
/// </summary>
internal sealed class IndentingOutput(IScriptOutput target, string? indent, bool previousNewLine) : IScriptOutput
{
    public bool PreviousNewLine { get; private set; } = previousNewLine;

    public bool Wrote { get; private set; }

    public void Write(string text, int offset, int count)
    {
        if (count <= 0)
        {
            return;
        }

        Wrote = true;
        if (indent is null)
        {
            PreviousNewLine = text[offset + count - 1] == '\n';
            target.Write(text, offset, count);
            return;
        }

        var end = offset + count;
        while (offset < end)
        {
            if (PreviousNewLine && indent.Length > 0)
            {
                target.Write(indent, 0, indent.Length);
            }

            PreviousNewLine = false;
            var newLine = text.IndexOf('\n', offset, end - offset);
            if (newLine < 0)
            {
                target.Write(text, offset, end - offset);
                return;
            }

            target.Write(text, offset, newLine + 1 - offset);
            offset = newLine + 1;
            PreviousNewLine = true;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    public override string ToString() => "";
}
