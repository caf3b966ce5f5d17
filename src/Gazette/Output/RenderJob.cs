using Gazette.Routing;
using Scriban.Runtime;

namespace Gazette.Output;

/// <summary>One HTML page to render: where it goes, which template (first that exists) and what it sees.</summary>
/// <param name="Route">Where the page goes.</param>
/// <param name="Kind">The <c>page.kind</c> templates see.</param>
/// <param name="Templates">Candidate template names, most specific first.</param>
/// <param name="Page">The <c>page</c> object.</param>
/// <param name="Variables">Makes the page-kind variables (<c>article</c>, <c>pager</c>, <c>term</c>, …), only if the page is rendered.</param>
/// <param name="KeyFor">
/// What the page is made of (see <c>Incremental.PageKeys</c>), given which body-derived members
/// of the articles it lists it reads: an unchanged key means unchanged output.
/// </param>
public sealed record RenderJob(Route Route, string Kind, string[] Templates, ScriptObject Page, Func<ScriptObject> Variables, Func<Templates.BodyFields, ulong> KeyFor)
{
    /// <summary>The key for what the page read when last written (0 when it was not written before).</summary>
    public ulong Key { get; init; }

    /// <summary>What the page read of the listed articles' bodies when last written.</summary>
    public Templates.BodyFields Read { get; init; }
}
