using CsCheck;
using Gazette.Templates;
using Gazette.Templates.Compilation;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Gazette.Tests.Unit;

/// <summary>
/// The compiled templates must render exactly what Scriban's interpreter renders, errors
/// included: every case renders once interpreted and once compiled, on the same model.
/// </summary>
public sealed class TemplateCompilerTests
{
    public static TheoryData<string> Templates() =>
    [
        // Text, output and indentation.
        "plain text only",
        "a\n  {{ s }}\n  b {{ n }} c\n",
        "  {{ multi }}\nafter",
        "<p>\n    {{~ s ~}}\n</p>\n{{- n -}}  x",
        "{{ s }}{{ n }}{{ f }}{{ yes }}{{ no }}{{ nothing }}{{ 'lit' }}{{ 3.5 }}",
        "{{ list }}|{{ obj }}|{{ empty_string }}",
        // Variables and member chains: present, missing, null on the way, functions.
        "{{ obj.name }} {{ obj.inner.value }} {{ obj.inner.missing }} {{ obj.missing }}",
        "{{ obj.nothing.value }}",
        "{{ obj.nothing?.value }}|{{ missing_var }}|{{ missing_var.x }}",
        "{{ list.size }} {{ list[1] }} {{ obj.items.size }} {{ s.size }}",
        "{{ fn_var }}|{{ obj.fn }}|{{ date.now.year > 2000 }}",
        // Conditions.
        "{{ if yes }}Y{{ else }}N{{ end }}{{ if no }}Y{{ else if n > 2 }}B{{ else }}C{{ end }}{{ if nothing }}x{{ end }}",
        "{{ if !(s | string.empty) && n == 3 || no }}ok{{ end }}{{ if empty_string }}e{{ end }}{{ if 0 }}zero{{ end }}",
        "{{ yes ? 'a' : 'b' }}{{ nothing ? 'a' : 'b' }}{{ n + 1 }}{{ s + n }}{{ n - 10 }}{{ n * 2 }}{{ n < 3 }}{{ n != 3 }}{{ -n }}",
        "{{ if obj.nothing.value }}x{{ end }}",
        // Loops, with the for object, nesting, options and else.
        "{{ for x in list }}[{{ x }}{{ if for.first }}F{{ end }}{{ if for.last }}L{{ end }}{{ for.index }}{{ for.rindex }}{{ for.even }}]{{ end }}",
        "{{ for x in obj.items }}{{ for y in list }}{{ x }}{{ y }},{{ end }};{{ end }}",
        "{{ for x in list limit:2 offset:1 }}{{ x }}{{ end }}{{ for x in list reversed }}{{ x }}{{ end }}",
        "{{ for x in empty_list }}{{ x }}{{ else }}none{{ end }}{{ for x in nothing }}{{ x }}{{ end }}",
        "{{ for x in list }}{{ if x == 2 }}{{ break }}{{ end }}{{ x }}{{ end }}",
        "{{ for x in list }}{{ if x == 2 }}{{ continue }}{{ end }}{{ x }}{{ end }}",
        "{{ for x in list }}\n  - {{ x }}\n{{ end }}",
        "{{ for x in 5 }}{{ x }}{{ end }}",
        "{{ for c in obj.items }}{{ for.changed }}{{ end }}",
        // Assignments.
        "{{ a = s + '!' }}{{ a }}{{ a += 'x' }}{{ a }}{{ obj.new = 4 }}{{ obj.new }}",
        "{{~ t = n * 2 ~}}\n{{ t }}{{ for x in list }}{{ t = t + x }}{{ end }}{{ t }}",
        // Pipes and calls.
        "{{ s | html.escape }}{{ html | html.escape }}{{ n | html.escape }}{{ nothing | html.escape }}{{ list | html.escape }}",
        "{{ s | string.upcase | string.append '!' }}{{ s | string.replace 'a' 'b' }}{{ 'a-b' | string.split '-' | array.join '+' }}",
        "{{ s | one }}{{ n | one }}{{ nothing | one }}{{ one s }}{{ one }}{{ one 'a' 'b' }}",
        "{{ s | two 'y' }}{{ two n nothing }}{{ two }}{{ three 'a' }}{{ three 'a' 1 }}{{ three 'a' 1 'z' }}{{ 5 | three }}",
        "{{ s | not_a_function }}",
        "{{ s | nothing }}",
        "{{ (s | string.empty) }}{{ !(nothing | string.empty) }}{{ (n + 1) * 2 }}",
        "{{ thrower 'boom' }}",
        "x\n  {{ argthrower 'a' 'b' }}",
        "x\n  {{ 'a' | argthrower 'b' }}",
        "{{ indexthrower 'a' 'b' }}",
        "{{ one (thrower 'inner') }}",
        "x\n {{ argthrower (argthrower 'a' 'b') 'c' }}",
        "{{ include 'part' (thrower 'arg') }}",
        "{{ s | thrower }}",
        "{{ obj.inner | object.keys | array.join ',' }}{{ list | array.size }}",
        "{{ fn_var | one }}{{ yes | string.empty }}",
        // Includes, with auto-indent, and captures.
        "{{ include 'part' }}|{{ include 'part' s }}",
        "<div>\n    {{ include 'lines' }}\n</div>\n",
        "{{ capture c }}x{{ s }}y{{ end }}[{{ c }}]",
        "{{ include 'missing' }}",
        "  a\n    {{ include 'nested' }}\n  {{ include 'lines' }}x\n{{ include 'part' n 'extra' }}{{ include 'empty' }}\n  {{ include 'empty' }}\n",
        "{{ for x in list }}\n  {{ include 'part' x }}\n    {{ include 'lines' }}{{ end }}",
        "{{ y = include 'lines' }}[{{ y }}]{{ include 'lines' | string.upcase }}",
        "{{ include nothing }}{{ include 5 }}",
        "    {{ include 'lines' }}{{ include 'lines' }}\n  {{ include 'lines' }}{{ s }}\n  {{ include 'lines' }}  {{ multi }}\n",
        "{{ func double(v); ret v * 2; end }}{{ double 4 }}",
        "{{ with obj }}{{ name }}{{ end }}",
        "{{ case n }}{{ when 3 }}three{{ else }}other{{ end }}",
    ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_compiled_template_renders_exactly_what_the_interpreter_renders(string template) =>
        Assert.Equal(Render(template, compile: false), Render(template, compile: true));

    [Fact]
    public void Every_template_of_the_built_in_theme_compiles_whole()
    {
        var templates = TemplateSet.Load(Path.GetTempPath(), "no-such-folder", new Diagnostics.DiagnosticBag());
        Assert.NotEmpty(templates.All);
        foreach (var (name, template) in templates.All)
        {
            Assert.True(template.Page!.Body!.Statements is [var single] && single.GetType().Name == "CompiledBody", $"{name} is left to the interpreter");
        }
    }

    [Fact]
    public void Templates_that_leave_blocks_early_are_left_to_the_interpreter()
    {
        Assert.False(TemplateCompiler.Install(Template.Parse("{{ for x in list }}{{ break }}{{ end }}")));
        Assert.False(TemplateCompiler.Install(Template.Parse("{{ ret 1 }}")));
        Assert.True(TemplateCompiler.Install(Template.Parse("{{ for x in list }}{{ x }}{{ end }}")));
    }

    [Fact]
    public void Any_sequence_of_statements_renders_as_the_interpreter_renders_it()
    {
        // Statements share state (variables, indentation, the previous line's end), so random
        // sequences of them, with random text between, check how they combine.
        var fragments = Gen.Int[0, FragmentChoices.Length - 1].Select(i => FragmentChoices[i]);
        var text = Gen.Int[0, TextChoices.Length - 1].Select(i => TextChoices[i]);
        Gen.Select(fragments, text).Array[1, 8]
            .Select(parts => string.Concat(parts.Select(part => part.Item2 + part.Item1)))
            .Sample(template => Assert.Equal(Render(template, compile: false), Render(template, compile: true)), iter: 400);
    }

    private static readonly string[] FragmentChoices =
    [
            "{{ s }}", "{{ n }}", "{{ obj.name }}", "{{ obj.nothing }}", "{{ a = n + 1 }}", "{{ a }}", "{{ if a }}A{{ end }}",
            "{{ for x in list }}<{{ x }}{{ a }}>{{ end }}", "{{ include 'lines' }}", "{{ include 'part' }}", "{{ include 'nested' }}", "{{ s | html.escape }}",
            "{{~ s ~}}", "{{- n -}}", "{{ multi }}", "{{ s | string.append a }}", "{{ capture a }}c{{ n }}{{ end }}", "{{ one a }}",
    ];

    private static readonly string[] TextChoices = ["", "\n", "  ", "\n    ", "x", " y\n", "\r\n  z"];

    private static readonly Dictionary<string, string> Partials = new()
    {
        ["part"] = "P[{{ s }}{{ if $1 }}:{{ $1 }}{{ end }}]",
        ["lines"] = "line one\n{{ for x in list }}item {{ x }}\n{{ end }}last {{ s }}\n",
        ["nested"] = "n1\n  {{ include 'lines' }}\n\n\r\nn2 {{ include 'part' }}",
        ["empty"] = "",
        ["5"] = "five\n",
    };

    private static string Render(string text, bool compile)
    {
        var template = Parse(text, "page.html", compile);
        if (template.HasErrors)
        {
            return "parse error";
        }

        // As Gazette's contexts: no output cap (partials then render straight into the page).
        var context = new TemplateContext(Builtins()) { TemplateLoader = new Loader(), EnableRelaxedMemberAccess = true, LoopLimit = 0, LimitToString = 0 };
        foreach (var (name, partial) in Partials)
        {
            context.CachedTemplates[name] = Parse(partial, name, compile);
        }

        context.PushGlobal(Model());
        try
        {
            return "ok: " + template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            return $"error at {ex.Span.Start.Line}:{ex.Span.Start.Column}: {ex.Message}";
        }
    }

    private static Template Parse(string text, string path, bool compile)
    {
        var template = Template.Parse(text, path);
        if (compile)
        {
            TemplateCompiler.Install(template);
        }

        return template;
    }

    private static ScriptObject Builtins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("one", TypedFunction.Create<string?, string>(s => $"[{s ?? "null"}]"), true);
        builtins.SetValue("two", TypedFunction.Create<object?, string?, string>((o, s) => $"[{o?.GetType().Name}:{o}|{s ?? "null"}]"), true);
        builtins.SetValue("three", DynamicCustomFunction.Create(null, typeof(TemplateCompilerTests).GetMethod(nameof(Three))!), true);
        builtins.SetValue("argthrower", TypedFunction.Create<string?, string?, string>((first, second) => throw new ArgumentException("bad second", nameof(second))), true);
        builtins.SetValue("indexthrower", TypedFunction.Create<string?, string?, string>((first, second) => throw new ScriptArgumentException(1, "bad argument 1")), true);
        builtins.SetValue("thrower", TypedFunction.Create<string?, string>(s => throw new InvalidOperationException("thrown: " + s)), true);
        return builtins;
    }

    public static string Three(string name, object? item = null, string? variant = "v") => $"[{name}|{item ?? "null"}|{variant ?? "null"}]";

    private static ScriptObject Model()
    {
        var inner = new ScriptObject { ["value"] = "deep" };
        var obj = new ScriptObject
        {
            ["name"] = "Ann & <Bo>",
            ["inner"] = inner,
            ["nothing"] = null,
            ["items"] = new List<object> { "p", "q", "q" },
            ["fn"] = TypedFunction.Create<string?, string>(s => "called"),
        };
        return new ScriptObject
        {
            ["s"] = "a \"quoted\" <s>",
            ["n"] = 3,
            ["f"] = 2.5,
            ["yes"] = true,
            ["no"] = false,
            ["nothing"] = null,
            ["empty_string"] = "",
            ["multi"] = "first\nsecond\n\nthird",
            ["list"] = new ScriptArray { 1, 2, 3 },
            ["empty_list"] = new ScriptArray(),
            ["obj"] = obj,
            ["fn_var"] = TypedFunction.Create<string?, string>(s => "fn:" + (s ?? "null")),
        };
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            Partials.ContainsKey(templateName) ? templateName : throw new ScriptRuntimeException(callerSpan, $"no template {templateName}");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
