using CsCheck;
using Gazette.Routing;

namespace Gazette.Tests.Unit;

public sealed class SluggerTests
{
    [Theory]
    [InlineData("José Álvarez", "jose-alvarez")]
    [InlineData("Zoë Brönte", "zoe-bronte")]
    [InlineData("Łukasz Żółć", "lukasz-zolc")]
    [InlineData("Straße & Co.", "strasse-co")]
    [InlineData("Mary O'Neill", "mary-oneill")]
    [InlineData("Einstein’s theory", "einsteins-theory")]
    [InlineData("  C++ -- and C#  ", "c-and-c")]
    [InlineData("Ahmed bin Salman", "ahmed-bin-salman")]
    [InlineData("<script>", "script")]
    [InlineData("!!!", "")]
    [InlineData("Harbour City clinch first women’s league title", "harbour-city-clinch-first-womens-league-title")]
    [InlineData("MAYOR FACES NO-CONFIDENCE VOTE OVER £4M \"SMART CITY\" OVERSPEND", "mayor-faces-no-confidence-vote-over-4m-smart-city-overspend")]
    [InlineData("Straße, Æsir & Łódź: Œuvre", "strasse-aesir-lodz-oeuvre")]
    [InlineData("Zoë Brönte’s ‘echo’", "zoe-brontes-echo")]
    [InlineData("日本語", "日本語")]
    public void Names_fold_to_ascii_slugs(string name, string slug) => Assert.Equal(slug, Slugger.Slugify(name));

    [Fact]
    public void Long_titles_are_cut_at_a_word()
    {
        var slug = Slugger.Slugify("Desperate Putin unleashes devastating hypersonic missiles as Russia backed into corner", 80);
        Assert.Equal("desperate-putin-unleashes-devastating-hypersonic-missiles-as-russia-backed-into", slug);
    }

    [Fact]
    public void A_single_overlong_word_is_cut_hard() => Assert.Equal(new string('a', 80), Slugger.Slugify(new string('a', 200), 80));

    [Fact]
    public void Any_text_gives_a_safe_idempotent_slug()
    {
        Gen.String.Sample(text =>
        {
            var slug = Slugger.Slugify(text, 80);
            Assert.True(slug.Length <= 80);
            Assert.DoesNotContain("--", slug, StringComparison.Ordinal);
            Assert.False(slug.StartsWith('-') || slug.EndsWith('-'));
            Assert.DoesNotContain('/', slug);
            Assert.DoesNotContain('.', slug);
            Assert.Equal(slug, Slugger.Slugify(slug, 80));
        });
    }
}
