using Gazette.Routing;
using Scriban.Runtime;

namespace Gazette.Output;

/// <summary>One HTML page to render: where it goes, which template (first that exists) and what it sees.</summary>
/// <param name="Route">Where the page goes.</param>
/// <param name="Kind">The <c>page.kind</c> templates see.</param>
/// <param name="Templates">Candidate template names, most specific first.</param>
/// <param name="Page">The <c>page</c> object.</param>
/// <param name="Variables">Makes the page-kind variables (<c>article</c>, <c>pager</c>, <c>term</c>, …), only if the page is rendered.</param>
/// <param name="Key">What the page is made of (see <c>Incremental.PageKeys</c>): an unchanged key means unchanged output.</param>
public sealed record RenderJob(Route Route, string Kind, string[] Templates, ScriptObject Page, Func<ScriptObject> Variables, ulong Key);
