using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Gazette.Templates.Compilation;

/// <summary>A compiled expression.</summary>
internal abstract class Expr
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>False for an expression left to the interpreter.</summary>
    public virtual bool IsCompiled => true;

    public abstract object? Eval(TemplateContext context);

    // Conditions are evaluated tens of times a page: one box for each answer instead of one per evaluation.
    protected static object Boxed(bool value) => value ? True : False;

    /// <summary>
    /// The value of <paramref name="expression"/>; an exception from outside Scriban's own code is
    /// reported at <paramref name="span"/>, as Scriban reports it at the node it was evaluating.
    /// </summary>
    public static object? EvalAt(Expr expression, TemplateContext context, SourceSpan span)
    {
        try
        {
            return expression.Eval(context);
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException)
        {
            throw new ScriptRuntimeException(span, ex.Message, ex);
        }
    }
}

internal sealed class ConstantExpr(object? value) : Expr
{
    public override object? Eval(TemplateContext context) => value;
}

/// <summary>An expression left to Scriban's interpreter, on the same context.</summary>
internal sealed class InterpretedExpr(ScriptExpression expression) : Expr
{
    public override bool IsCompiled => false;

    public override object? Eval(TemplateContext context) => context.Evaluate(expression);
}

/// <summary>
/// A variable. Scriban calls a variable that holds a function; the lookup here does not, and a
/// function found is left to the interpreter, which calls it once.
/// </summary>
internal sealed class VariableExpr(ScriptVariable variable) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var value = context.GetValue(variable);
        return value is IScriptCustomFunction ? context.Evaluate(variable) : value;
    }
}

/// <summary>
/// <c>a.b.c</c>: the variable, then each member through Scriban's accessor for the value's type.
/// Anything out of the ordinary on the way (a null, a missing member, a function) hands the whole
/// chain to the interpreter, which gives Scriban's own result or error; looking members up
/// again has no effect.
/// </summary>
internal sealed class MemberChain : Expr
{
    private readonly ScriptVariable _root;
    private readonly (string Name, SourceSpan Span)[] _members;
    private readonly ScriptMemberExpression _expression;

    private MemberChain(ScriptVariable root, (string, SourceSpan)[] members, ScriptMemberExpression expression)
    {
        _root = root;
        _members = members;
        _expression = expression;
    }

    /// <summary>The chain of <paramref name="expression"/>, or null when it does not start at a variable.</summary>
    public static MemberChain? From(ScriptMemberExpression expression)
    {
        var members = new List<(string, SourceSpan)>();
        ScriptExpression? current = expression;
        while (current is ScriptMemberExpression { Member: { } member } link)
        {
            members.Add((member.Name, member.Span));
            current = link.Target;
        }

        if (current is not ScriptVariable root)
        {
            return null;
        }

        members.Reverse();
        return new MemberChain(root, [.. members], expression);
    }

    public override object? Eval(TemplateContext context) => Get(context, function: false);

    /// <summary>The chain's value; with <paramref name="function"/>, a function it ends in is returned uncalled.</summary>
    public object? Get(TemplateContext context, bool function)
    {
        try
        {
            var value = context.GetValue(_root);
            foreach (var (name, span) in _members)
            {
                if (value is null or IScriptCustomFunction
                    || !context.GetMemberAccessor(value).TryGetValue(context, span, value, name, out value))
                {
                    return context.Evaluate(_expression, function);
                }
            }

            return value is IScriptCustomFunction && !function ? context.Evaluate(_expression) : value;
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException)
        {
            throw new ScriptRuntimeException(_expression.Span, "Unexpected exception while accessing target expression: " + ex.Message, ex);
        }
    }
}

/// <summary><c>( expression )</c> around a compiled expression.</summary>
internal sealed class NestedExpr(Expr inner, ScriptNestedExpression expression) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var value = inner.Eval(context);
        return value is IScriptCustomFunction ? context.Evaluate(expression) : value;
    }
}

internal sealed class UnaryExpr(ScriptUnaryOperator op, Expr operand, SourceSpan span) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var value = operand.Eval(context);

        // Scriban's own answer for `!`, without a new box each time.
        return op == ScriptUnaryOperator.Not && value is not IScriptCustomUnaryOperation
            ? Boxed(!context.ToBool(span, value))
            : ScriptUnaryExpression.Evaluate(context, span, op, value);
    }
}

/// <summary>A binary operator: <c>&amp;&amp;</c> and <c>||</c> short-circuit as Scriban's do; the others are Scriban's own arithmetic and comparisons.</summary>
internal sealed class BinaryExpr(ScriptBinaryOperator op, Expr left, SourceSpan leftSpan, Expr right, SourceSpan rightSpan, SourceSpan span) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var value = left.Eval(context);
        switch (op)
        {
            case ScriptBinaryOperator.And:
                return Boxed(context.ToBool(leftSpan, value) && context.ToBool(rightSpan, right.Eval(context)));
            case ScriptBinaryOperator.Or:
                return Boxed(context.ToBool(leftSpan, value) || context.ToBool(rightSpan, right.Eval(context)));
            default:
                return ScriptBinaryExpression.Evaluate(context, span, op, leftSpan, value, rightSpan, right.Eval(context));
        }
    }
}

internal sealed class ConditionalExpr(Expr condition, SourceSpan conditionSpan, Expr then, Expr otherwise) : Expr
{
    public override object? Eval(TemplateContext context) =>
        context.ToBool(conditionSpan, condition.Eval(context)) ? then.Eval(context) : otherwise.Eval(context);
}

/// <summary>What a call calls: a variable or a member chain naming a function.</summary>
internal sealed class FunctionTarget(MemberChain? chain, ScriptVariable? variable)
{
    public object? Resolve(TemplateContext context) => chain is not null ? chain.Get(context, function: true) : context.GetValue(variable!);
}

/// <summary>
/// A call of a function with all its parameters given in order (<c>f a b</c>, or
/// <c>a | f b</c>, where the piped value comes first): each argument converted to its
/// parameter's type and the function invoked, as Scriban's call does once it has checked the
/// arguments. A call it would treat otherwise (optional parameters left out, variable
/// parameters, lazily evaluated ones) is left to the interpreter whole; so is one whose target
/// is not a function.
/// </summary>
internal sealed class CallExpr(FunctionTarget target, Expr[] arguments, SourceSpan[] spans, ScriptNode caller, ScriptExpression whole) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        if (target.Resolve(context) is not IScriptCustomFunction { VarParamKind: ScriptVarParamKind.None } function
            || function.ParameterCount != arguments.Length
            || function.ReturnType == typeof(void)
            || Lazy(function))
        {
            return context.Evaluate(whole);
        }

        // Scriban's own function wrappers read their arguments and let go of them, so their
        // argument lists are reused; any other function might keep its list.
        var reuse = function is DynamicCustomFunction;
        var values = reuse ? ArgumentLists.Rent(arguments.Length) : new ScriptArray(arguments.Length);
        try
        {
            AddArguments(values, context, function, arguments, spans);
            return function.Invoke(context, caller, values, null);
        }
        catch (ArgumentException ex) when (Parameter(function, ex.ParamName) is var index && index >= 0 && index < spans.Length)
        {
            // Scriban blames the argument the function names.
            throw new ScriptRuntimeException(spans[index], ex.Message);
        }
        catch (ScriptArgumentException ex) when (ex.ArgumentIndex >= 0 && ex.ArgumentIndex < spans.Length)
        {
            throw new ScriptRuntimeException(spans[ex.ArgumentIndex], ex.Message);
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException)
        {
            throw new ScriptRuntimeException(caller.Span, ex.Message, ex);
        }
        finally
        {
            if (reuse)
            {
                ArgumentLists.Return(values);
            }
        }
    }

    /// <summary>
    /// Adds each argument's value, converted to its parameter's type as Scriban's call converts
    /// it; an argument that fails is blamed, as by Scriban, at its own place.
    /// </summary>
    public static void AddArguments(ScriptArray values, TemplateContext context, IScriptFunctionInfo function, Expr[] arguments, SourceSpan[] spans)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            values.Add(context.ToObject(spans[i], EvalAt(arguments[i], context, spans[i]), function.GetParameterInfo(i).ParameterType));
        }
    }

    private static int Parameter(IScriptCustomFunction function, string? name)
    {
        for (var i = 0; name is not null && i < function.ParameterCount; i++)
        {
            if (function.GetParameterInfo(i).Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private bool Lazy(IScriptCustomFunction function)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (function.GetParameterInfo(i).ParameterType == typeof(ScriptExpression))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Argument lists for calls, reused on each thread: a page makes dozens of calls, some inside others.</summary>
internal static class ArgumentLists
{
    [ThreadStatic]
    private static Stack<ScriptArray>? t_free;

    public static ScriptArray Rent(int capacity) => t_free is { Count: > 0 } free ? free.Pop() : new ScriptArray(capacity);

    public static void Return(ScriptArray list)
    {
        list.Clear();
        (t_free ??= new Stack<ScriptArray>()).Push(list);
    }
}
