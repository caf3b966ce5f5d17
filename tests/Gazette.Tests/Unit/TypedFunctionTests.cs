using Gazette.Templates;
using Scriban;
using Scriban.Runtime;

namespace Gazette.Tests.Unit;

public sealed class TypedFunctionTests
{
    // The functions under test show what they were handed, type included.
    private static string One(string? s) => $"[{s ?? "null"}]";

    private static string Two(object? o, string? s) => $"[{o?.GetType().Name ?? "null"}:{o}|{s ?? "null"}]";

    // Optional parameters, as include_cached has.
    public static string Three(string name, object? item = null, string? variant = "v") => $"[{name}|{item ?? "null"}|{variant ?? "null"}]";

    public static TheoryData<string> Calls() =>
    [
        "{{ 'a<b' | one }}", "{{ 5 | one }}", "{{ 2.5 | one }}", "{{ true | one }}", "{{ null | one }}",
        "{{ [1, 2] | one }}", "{{ {a: 1} | one }}", "{{ date.parse '2024-05-06' | one }}", "{{ missing | one }}",
        "{{ one }}", "{{ one 'a' 'b' }}", "{{ one 'a' | one }}",
        "{{ 'x' | two 'y' }}", "{{ 7 | two 8 }}", "{{ two null null }}", "{{ two 'x' }}", "{{ two }}", "{{ two 'x' 'y' 'z' }}",
        "{{ [3] | two true }}",
        "{{ three 'a' }}", "{{ three 'a' 1 }}", "{{ three 'a' 1 2 }}", "{{ three 'a' null null }}", "{{ three }}", "{{ three 'a' 1 2 3 }}", "{{ 5 | three }}",
    ];

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_typed_function_takes_and_converts_arguments_exactly_as_Scribans_delegate_wrapper(string template)
    {
        // Reference: Scriban's own wrappers, which call through reflection.
        var expected = Outcome(template, DelegateCustomFunction.CreateFunc<string?, string>(One), DelegateCustomFunction.CreateFunc<object?, string?, string>(Two), DynamicCustomFunction.Create(null, typeof(TypedFunctionTests).GetMethod(nameof(Three))!));
        var actual = Outcome(template, TypedFunction.Create<string?, string>(One), TypedFunction.Create<object?, string?, string>(Two), TypedFunction.Create<string, object?, string?, string>(Three));
        Assert.Equal(expected, actual);
    }

    private static string Outcome(string text, IScriptCustomFunction one, IScriptCustomFunction two, IScriptCustomFunction three)
    {
        var globals = new ScriptObject();
        globals.SetValue("one", one, true);
        globals.SetValue("two", two, true);
        globals.SetValue("three", three, true);
        var context = new TemplateContext();
        context.PushGlobal(globals);
        try
        {
            return "ok: " + Template.Parse(text).Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            return "error: " + ex.Message;
        }
    }
}
