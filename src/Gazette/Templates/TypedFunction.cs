using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Gazette.Templates;

/// <summary>
/// Template functions that call their delegate directly. Scriban 7's own typed wrappers
/// (<c>DelegateCustomFunction.CreateFunc</c>) still call through <c>Delegate.DynamicInvoke</c>:
/// reflection on every call, and, because the runtime holds the delegate type's method cache
/// weakly, a reflection stub emitted and compiled again after many garbage collections (about a
/// hundred times in a 10,000-article build).
/// </summary>
internal static class TypedFunction
{
    /// <summary>A function of one argument.</summary>
    public static DynamicCustomFunction Create<T, TResult>(Func<T, TResult> func) => new One<T, TResult>(func);

    /// <summary>A function of two arguments.</summary>
    public static DynamicCustomFunction Create<T1, T2, TResult>(Func<T1, T2, TResult> func) => new Two<T1, T2, TResult>(func);

    /// <summary>A function of three arguments.</summary>
    public static DynamicCustomFunction Create<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> func) => new Three<T1, T2, T3, TResult>(func);

    // The base class reads the parameters (count, names, defaults) from the delegate's method, so
    // Scriban checks a call's arguments and converts them exactly as it did for the old wrappers.
    private abstract class Typed(MethodInfo method) : DynamicCustomFunction(method, method.GetParameters())
    {
        // Scriban has already checked the count and filled in optional parameters' defaults.
        protected static T Argument<T>(TemplateContext context, SourceSpan span, ScriptArray arguments, int index) =>
            (T)context.ToObject(span, arguments[index], typeof(T))!;
    }

    private sealed class One<T, TResult>(Func<T, TResult> func) : Typed(func.Method)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            return func(Argument<T>(context, span, arguments, 0));
        }
    }

    private sealed class Two<T1, T2, TResult>(Func<T1, T2, TResult> func) : Typed(func.Method)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            return func(Argument<T1>(context, span, arguments, 0), Argument<T2>(context, span, arguments, 1));
        }
    }

    private sealed class Three<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> func) : Typed(func.Method)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            return func(Argument<T1>(context, span, arguments, 0), Argument<T2>(context, span, arguments, 1), Argument<T3>(context, span, arguments, 2));
        }
    }
}
