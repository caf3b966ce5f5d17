namespace Gazette.Markdown;

/// <summary>
/// Article bodies as HTML, converted when a page asks, and kept only once a second page asks for
/// the same body. The default theme shows a body on its article's page and in the site feed's
/// newest entries: kept for all, ten thousand bodies' HTML (~85 MB) lived to the end of a clean
/// build and every collection copied it again. A theme that lists bodies converts each at most
/// twice.
/// </summary>
internal sealed class BodyHtml(int count, Func<int, string> convert)
{
    private readonly string?[] _kept = new string?[count];
    private readonly int[] _asked = new int[count];

    public string Get(int index)
    {
        if (Volatile.Read(ref _kept[index]) is { } kept)
        {
            return kept;
        }

        var html = convert(index);
        if (Interlocked.Increment(ref _asked[index]) > 1)
        {
            Volatile.Write(ref _kept[index], html);
        }

        return html;
    }
}
