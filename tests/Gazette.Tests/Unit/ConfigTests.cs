using Gazette.Configuration;
using Gazette.Diagnostics;

namespace Gazette.Tests.Unit;

public sealed class ConfigTests
{
    [Fact]
    public void Defaults_apply_without_site_yml()
    {
        var config = SiteConfigLoader.Parse("site.yml", "", new DiagnosticBag());
        Assert.Equal(20, config.Paginate);
        Assert.Equal("_site", config.Output);
        Assert.Equal(["tags", "people"], config.Taxonomies.Select(t => t.Name));
        Assert.True(config.Feeds);
    }

    [Fact]
    public void Every_key_is_read()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("site.yml", """
            title: T
            description: D
            base_url: https://user.github.io/repo
            language: fr
            output: public
            paginate: 7
            cname: news.example.org
            author: A
            content_dir: c
            templates_dir: t
            feeds: 15
            import:
              boilerplate: [Sign up]
              sections: [World]
              tag_rules: {economy: [inflation, GDP]}
            taxonomies: [tags, people, places]
            markdown: {smart_punctuation: true}
            """, bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal("https://user.github.io/repo/", config.BaseUrl);
        Assert.Equal("/repo/", new Gazette.Routing.Routes(config.BaseUrl).BasePath);
        Assert.Equal(7, config.Paginate);
        Assert.Equal(15, config.FeedLimit);
        Assert.Equal(["inflation", "GDP"], config.Import.TagRules["economy"]);
        Assert.Equal("place", config.Taxonomies[2].Singular);
        Assert.True(config.Markdown.SmartPunctuation);
    }

    [Theory]
    [InlineData("paginat", "paginate")]
    [InlineData("baseurl", "base_url")]
    [InlineData("titel", "title")]
    [InlineData("zzzzzzzzzz", null)]
    public void Unknown_keys_suggest_the_nearest(string key, string? nearest) =>
        Assert.Equal(nearest, KeySuggester.Nearest(key, ["title", "paginate", "base_url", "output"]));
}
