using Gazette.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Gazette.Output;

/// <summary>
/// Resolves <c>include</c> names against the template set. Every template is already parsed
/// and cached in the context, so this only names them and reports unknown includes.
/// </summary>
internal sealed class SetTemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.TrimStart('/');
        if (!templates.All.ContainsKey(name))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' names no template in templates/ or the theme");
        }

        return name;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"include '{templatePath}' was not parsed up front");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
