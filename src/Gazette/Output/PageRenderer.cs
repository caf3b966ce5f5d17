using System.Buffers;
using System.Text;
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
    private readonly ThreadLocal<PageOutput?> outputs = new();

    /// <summary>A renderer of <paramref name="templates"/> for one site; adds <c>include_cached</c> to the site's functions.</summary>
    public PageRenderer(TemplateSet templates, GazetteFunctions functions, ScriptObject site)
    {
        this.templates = templates;
        this.functions = functions;
        this.site = site;
        var cache = new PartialCache(templates, functions.Builtins, site);
        functions.Builtins.SetValue("include_cached", TypedFunction.Create<string, object?, object?, string>(cache.Include), true);
    }

    private static readonly ScriptVariableGlobal Content = new("content");

    /// <summary>The layout every page is wrapped in.</summary>
    public const string BaseTemplate = "base.html";

    /// <summary>
    /// Renders <paramref name="job"/> into the page's bytes, in a pooled buffer the caller
    /// disposes: UTF-8, indentation trimmed (see <see cref="HtmlWhitespace"/>). An error gives
    /// <see cref="PooledBytes.IsNone"/> and is kept for <see cref="ReportErrors"/>.
    /// <paramref name="read"/> is what the page read of the bodies of the articles it lists.
    /// </summary>
    public PooledBytes Render(RenderJob job, out BodyFields read)
    {
        read = BodyFields.All;
        var found = templates.Find(job.Templates);
        if (found is null)
        {
            errors.Add(new SourceSpan($"{job.Templates[0]}", 1, 1), $"missing template: none of {string.Join(", ", job.Templates)} exists in templates/ or the theme", job.Route.Url);
            return default;
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
                return body is null ? default : HtmlWhitespace.TrimToPooledUtf8(body);
            }

            context.SetValue(Content, body);
            return RunToBytes(layout.Value.Template, context, job);
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

    // The whole page is trimmed and encoded straight from what the layout wrote, through a
    // pooled copy: Template.Render would make it a string first, one more copy of every page.
    private PooledBytes RunToBytes(Template template, TemplateContext context, RenderJob job)
    {
        var output = outputs.Value ??= new PageOutput();
        context.PushOutput(output);
        try
        {
            if (Run(template, context, job) is null)
            {
                return default;
            }

            var text = output.Builder;
            var chars = ArrayPool<char>.Shared.Rent(text.Length);
            try
            {
                text.CopyTo(0, chars, text.Length);
                return HtmlWhitespace.TrimToPooledUtf8(chars.AsSpan(0, text.Length));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
        finally
        {
            output.Builder.Length = 0;
            context.PopOutput();
        }
    }

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

    // Where a page's layout writes. Template.Render returns its output's ToString(): this one's
    // is empty, and the text stays in Builder for RunToBytes to encode.
    private sealed class PageOutput : IScriptOutput
    {
        public StringBuilder Builder { get; } = new();

        public void Write(string value, int offset, int count) => Builder.Append(value, offset, count);

        public ValueTask WriteAsync(string value, int offset, int count, CancellationToken cancellationToken)
        {
            Write(value, offset, count);
            return default;
        }

        public override string ToString() => "";
    }
}
