using Gazette.Diagnostics;
using Gazette.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Gazette.Output;

/// <summary>
/// Renders a page template and wraps it in <c>base.html</c>. Templates are shared; each render
/// gets its own <see cref="TemplateContext"/> because Scriban contexts are not thread-safe.
/// </summary>
public sealed class PageRenderer
{
    private readonly TemplateSet templates;
    private readonly GazetteFunctions functions;
    private readonly ScriptObject site;
    private readonly PageErrors errors = new();

    // Scriban contexts are not thread-safe but may be reused: one per thread saves building a
    // context (and its output buffer) for each of tens of thousands of pages.
    private readonly ThreadLocal<TemplateContext?> contexts = new();

    /// <summary>A renderer of <paramref name="templates"/> for one site; adds <c>include_cached</c> to the site's functions.</summary>
    public PageRenderer(TemplateSet templates, GazetteFunctions functions, ScriptObject site)
    {
        this.templates = templates;
        this.functions = functions;
        this.site = site;
        var cache = new PartialCache(templates, functions.Builtins, site);
        functions.Builtins.SetValue("include_cached", TypedFunction.Create<string, object?, object?, string>(cache.Include), true);
    }

    /// <summary>The layout every page is wrapped in.</summary>
    public const string BaseTemplate = "base.html";

    /// <summary>
    /// Renders <paramref name="job"/>; an error gives null and is kept for <see cref="ReportErrors"/>.
    /// <paramref name="read"/> is what the page read of the bodies of the articles it lists.
    /// </summary>
    public string? Render(RenderJob job, out BodyFields read)
    {
        read = BodyFields.All;
        var found = templates.Find(job.Templates);
        if (found is null)
        {
            errors.Add(new SourceSpan($"{job.Templates[0]}", 1, 1), $"missing template: none of {string.Join(", ", job.Templates)} exists in templates/ or the theme", job.Route.Url);
            return null;
        }

        var context = contexts.Value ??= NewContext();
        var globals = new ScriptObject(8) { ["site"] = site, ["page"] = job.Page };
        globals.Import(job.Variables());
        context.PushGlobal(globals);
        var outer = BodyFieldTracker.Begin();
        try
        {
            var body = Run(found.Value.Template, context, job);
            var layout = templates.Find(BaseTemplate);
            if (body is null || layout is null)
            {
                return body;
            }

            context.SetValue(new ScriptVariableGlobal("content"), body);
            return Run(layout.Value.Template, context, job);
        }
        finally
        {
            read = BodyFieldTracker.End(outer);
            if (contexts.Value == context)
            {
                context.PopGlobal();
            }
        }
    }

    /// <summary>Reports every rendering error so far, each distinct one once.</summary>
    public void ReportErrors(DiagnosticBag diagnostics) => errors.ReportTo(diagnostics);

    private TemplateContext NewContext() => RenderContexts.Create(templates, functions.Builtins);

    private string? Run(Template template, TemplateContext context, RenderJob job)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            // A render that threw may leave scopes pushed: this thread starts afresh next time.
            contexts.Value = null;
            var span = ex.Span;
            errors.Add(
                new SourceSpan(span.FileName ?? template.SourceFilePath ?? "template", span.Start.Line + 1, span.Start.Column + 1),
                $"template: {ex.OriginalMessage}",
                job.Route.Url);
            return null;
        }
    }
}
