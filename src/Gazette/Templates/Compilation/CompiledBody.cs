using Scriban;
using Scriban.Syntax;

namespace Gazette.Templates.Compilation;

/// <summary>
/// What a compiled template's page runs instead of its parsed body. A context set up for what
/// the compiled code does not mirror (scientific mode, errors rendered into the output) runs the
/// parsed body in the interpreter as before.
/// </summary>
internal sealed class CompiledBody(ScriptBlockStatement original, Step compiled) : ScriptStatement
{
    public override object? Evaluate(TemplateContext context) =>
        context.UseScientific || context.RenderRuntimeException is not null ? context.Evaluate(original) : compiled.Run(context);

    public override void PrintTo(ScriptPrinter printer) => original.PrintTo(printer);
}
