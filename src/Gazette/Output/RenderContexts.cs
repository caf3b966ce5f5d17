using Gazette.Templates;
using Scriban;
using Scriban.Runtime;

namespace Gazette.Output;

/// <summary>The one way Gazette sets up a Scriban context, for pages and cached partials alike.</summary>
internal static class RenderContexts
{
    /// <summary>
    /// A context over the site's shared builtins with every template pre-parsed in its include
    /// cache, so an include never parses; no loop limit (a list page may hold thousands of items).
    /// </summary>
    public static TemplateContext Create(TemplateSet templates, ScriptObject builtins)
    {
        var context = new TemplateContext(builtins)
        {
            TemplateLoader = new SetTemplateLoader(templates),
            LoopLimit = 0,
            RecursiveLimit = 64,
            EnableRelaxedMemberAccess = true,

            // Scriban's default caps each render's output at 1 MiB, silently ending it with "...";
            // a page may be longer than that.
            LimitToString = 0,
        };
        foreach (var (name, template) in templates.All)
        {
            context.CachedTemplates[name] = template;
        }

        return context;
    }
}
