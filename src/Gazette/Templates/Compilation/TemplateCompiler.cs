using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Gazette.Templates.Compilation;

/// <summary>
/// Turns a parsed Scriban template into a tree of small objects that run it without Scriban's
/// tree-walking interpreter, for the constructs themes use on every page: text, output
/// expressions, <c>if</c>, plain <c>for</c> loops, variables, member chains, operators,
/// assignments, calls and pipes that pass every parameter, and standalone <c>include</c>s.
/// Everything else (captures, <c>case</c>, loops with options, template functions, calls that
/// leave parameters out...) is handed to the interpreter node by node, on the same context, so
/// that the two share variables, loops and output and a template renders exactly as Scriban
/// renders it.
/// </summary>
/// <remarks>
/// The compiled code is installed in place of the page's body (<see cref="Install"/>), so every
/// way Scriban renders the template, a page, an <c>include</c> or Gazette's cached partials, runs it.
/// A template with control flow that leaves a block early (<c>break</c>, <c>continue</c>,
/// <c>ret</c>) or with <c>wrap</c> is left to the interpreter whole: the state that flow keeps
/// is internal to Scriban.
/// </remarks>
internal static class TemplateCompiler
{
    /// <summary>Compiles <paramref name="template"/> and installs the result; returns false when it is left to the interpreter.</summary>
    public static bool Install(Template template)
    {
        var page = template.Page;
        if (template.HasErrors || page?.Body is not { } body || page.FrontMatter is not null || !Compilable(body))
        {
            return false;
        }

        var compiled = new CompiledBody(body, Block(body));
        var replacement = new ScriptBlockStatement { Span = body.Span };
        page.Body = replacement;
        replacement.Statements.Add(compiled);
        return true;
    }

    private static bool Compilable(ScriptNode node)
    {
        if (node is ScriptBreakStatement or ScriptContinueStatement or ScriptReturnStatement or ScriptWrapStatement)
        {
            return false;
        }

        foreach (var child in node.Children)
        {
            if (child is not null && !Compilable(child))
            {
                return false;
            }
        }

        return true;
    }

    private static Step Block(ScriptBlockStatement block)
    {
        var entries = new List<BlockStep.Entry>(block.Statements.Count);
        foreach (var statement in block.Statements)
        {
            var escape = statement as ScriptEscapeStatement;
            entries.Add(new BlockStep.Entry(
                statement.CanSkipEvaluation ? null : Statement(statement),
                statement.CanOutput,
                escape is null ? BlockStep.Escape.None : escape.IsEntering ? BlockStep.Escape.Entering : BlockStep.Escape.Closing,
                escape?.Indent));
        }

        return new BlockStep(block.Span, [.. entries]);
    }

    private static Step Statement(ScriptStatement statement) => statement switch
    {
        ScriptRawStatement raw => new RawStep(raw),
        ScriptExpressionStatement { Expression: ScriptAssignExpression { Target: { } target, Value: { } value } assign } when assign.EqualToken.TokenType == TokenType.Equal => new AssignStep(target, Expression(value), value.Span),
        ScriptExpressionStatement { Expression: ScriptFunctionCall { Target: ScriptVariable { Name: "include" } include, Arguments.Count: > 0 } call } when Plain(call.Arguments) =>
            new IncludeStep(include, [.. call.Arguments.Select(Expression)], [.. call.Arguments.Select(argument => argument.Span)], call),
        ScriptExpressionStatement { Expression: { } expression } and { Expression: not ScriptAssignExpression } => new OutputStep(Expression(expression), expression.Span),
        ScriptIfStatement { Condition: { } condition } branch => new IfStep(Expression(condition), condition.Span, Then(branch.Then), Else(branch.Else)),
        ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) && CompiledLoop.From(loop, Block) is { } compiled => new InterpretedStep(compiled),
        _ => new InterpretedStep(statement),
    };

    private static Step? Then(ScriptBlockStatement? block) => block is null ? null : Block(block);

    private static Step? Else(ScriptConditionStatement? branch) => branch switch
    {
        null => null,
        ScriptElseStatement { Body: var body } => body is null ? null : Block(body),
        ScriptIfStatement elseIf => Statement(elseIf),
        _ => new InterpretedStep(branch),
    };

    /// <summary>The compiled form of <paramref name="expression"/>: its own evaluation where supported, else the interpreter's.</summary>
    internal static Expr Expression(ScriptExpression expression) => expression switch
    {
        ScriptLiteral literal => new ConstantExpr(literal.Value),
        ScriptVariable variable => new VariableExpr(variable),
        ScriptMemberExpression member when MemberChain.From(member) is { } chain => chain,
        ScriptNestedExpression { Expression: { } inner } nested when Expression(inner) is var compiled && compiled.IsCompiled => new NestedExpr(compiled, nested),
        ScriptUnaryExpression { Right: { } right } unary when unary.Operator is ScriptUnaryOperator.Not or ScriptUnaryOperator.Negate or ScriptUnaryOperator.Plus => new UnaryExpr(unary.Operator, Expression(right), right.Span),
        ScriptBinaryExpression { Left: { } left, Right: { } right } binary when Binary(binary.Operator) => new BinaryExpr(binary.Operator, Expression(left), left.Span, Expression(right), right.Span, binary.OperatorToken?.Span ?? binary.Span),
        ScriptConditionalExpression { Condition: { } condition, ThenValue: { } then, ElseValue: { } otherwise } => new ConditionalExpr(Expression(condition), condition.Span, Expression(then), Expression(otherwise)),
        ScriptPipeCall { From: { } from, To: ScriptFunctionCall { Target: { } target } call } pipe when Call(target, [from, .. call.Arguments], call, pipe) is { } compiled => compiled,
        ScriptFunctionCall { Target: { } target } call when Call(target, call.Arguments, call, call) is { } compiled => compiled,
        _ => new InterpretedExpr(expression),
    };

    // Operators whose evaluation is Scriban's public static Evaluate, or And/Or, which are not.
    private static bool Binary(ScriptBinaryOperator op) => op is ScriptBinaryOperator.And or ScriptBinaryOperator.Or
        or ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual
        or ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
        or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual
        or ScriptBinaryOperator.Add or ScriptBinaryOperator.Subtract;

    private static CallExpr? Call(ScriptExpression target, IReadOnlyList<ScriptExpression> arguments, ScriptNode caller, ScriptExpression whole)
    {
        FunctionTarget? function = target switch
        {
            ScriptVariable variable => new FunctionTarget(null, variable),
            ScriptMemberExpression member when MemberChain.From(member) is { } chain => new FunctionTarget(chain, null),
            _ => null,
        };
        if (function is null || !Plain(arguments))
        {
            return null;
        }

        return new CallExpr(function, [.. arguments.Select(Expression)], [.. arguments.Select(argument => argument.Span)], caller, whole);
    }

    // Arguments given in order: no names, no list spread into several.
    private static bool Plain(IReadOnlyList<ScriptExpression> arguments) =>
        !arguments.Any(argument => argument is ScriptNamedArgument or ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand });
}
