using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

public sealed class PaginationTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    public void Home_has_one_page_per_paginate_articles(int articles, int pages)
    {
        using var site = TestSite.Create("-- site.yml --\npaginate: 3\n" + Articles.Many(articles));
        site.Build();
        Assert.True(site.Exists("_site/index.html"));
        for (var n = 2; n <= pages; n++)
        {
            Assert.True(site.Exists($"_site/page/{n}/index.html"), $"page {n} missing");
        }

        Assert.False(site.Exists($"_site/page/{pages + 1}/index.html"));
        Assert.False(site.Exists("_site/page/1/index.html"));
        var first = site.Html("_site/index.html");
        var listed = first.QuerySelectorAll("main a[href^='/articles/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(Math.Min(articles, 3), listed.Count);
        if (articles > 0)
        {
            Assert.Equal($"/articles/a{articles:D3}/", listed[0]);
        }
    }

    [Fact]
    public void Pages_link_forward_and_back_and_the_last_holds_the_rest()
    {
        using var site = TestSite.Create("-- site.yml --\npaginate: 3\n" + Articles.Many(4));
        site.Build();
        Assert.NotNull(site.Html("_site/index.html").QuerySelector("a[href='/page/2/']"));
        var second = site.Html("_site/page/2/index.html");
        Assert.NotNull(second.QuerySelector("a[href='/']"));
        var listed = second.QuerySelectorAll("main a[href^='/articles/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(["/articles/a001/"], listed);
    }

    [Fact]
    public void Long_lists_show_a_window_of_page_numbers()
    {
        using var site = TestSite.Create("-- site.yml --\npaginate: 1\n" + Articles.Many(12));
        site.Build();
        var pager = site.Html("_site/page/6/index.html").QuerySelector("nav.pager")!;
        var numbers = pager.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/page/5/", "/", "/page/4/", "/page/5/", "/page/6/", "/page/7/", "/page/8/", "/page/12/", "/page/7/"], numbers);
        Assert.Equal(2, pager.QuerySelectorAll(".pager-gap").Length);
    }

    [Fact]
    public void Term_pages_paginate_under_the_term()
    {
        using var site = TestSite.Create("-- site.yml --\npaginate: 3\n" + Articles.Many(7));
        site.Build();
        Assert.True(site.Exists("_site/tags/economy/index.html"));
        Assert.True(site.Exists("_site/tags/economy/page/2/index.html"));
        Assert.True(site.Exists("_site/tags/economy/page/3/index.html"));
        Assert.False(site.Exists("_site/tags/economy/page/4/index.html"));
        Assert.NotNull(site.Html("_site/tags/economy/page/3/index.html").QuerySelector("a[href='/tags/economy/page/2/']"));
    }
}
