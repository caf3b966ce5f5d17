using Gazette.Markdown;

namespace Gazette.Tests.Unit;

/// <summary>Body HTML is kept only once a second page asks for it, so a body shown once is never kept.</summary>
public sealed class BodyHtmlTests
{
    [Fact]
    public void A_body_is_converted_at_most_twice_and_kept_from_the_second_ask()
    {
        var conversions = new int[3];
        var html = new BodyHtml(3, i =>
        {
            conversions[i]++;
            return $"<p>{i} #{conversions[i]}</p>";
        });

        Assert.Equal("<p>0 #1</p>", html.Get(0));
        Assert.Equal("<p>0 #2</p>", html.Get(0));
        Assert.Equal("<p>0 #2</p>", html.Get(0));
        Assert.Equal("<p>0 #2</p>", html.Get(0));
        Assert.Equal("<p>1 #1</p>", html.Get(1));
        Assert.Equal([2, 1, 0], conversions);
    }

    [Fact]
    public void Pages_asking_in_parallel_all_get_the_same_html()
    {
        var html = new BodyHtml(100, i => $"<p>{i}</p>");
        var results = new string[100 * 8];
        Parallel.For(0, results.Length, n => results[n] = html.Get(n % 100));
        Assert.All(Enumerable.Range(0, results.Length), n => Assert.Equal($"<p>{n % 100}</p>", results[n]));
    }
}
