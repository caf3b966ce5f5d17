using Gazette.Import;

namespace Gazette.Tests.Import;

public sealed class MarkdownEscaperTests
{
    [Theory]
    [InlineData("plain words, nothing to do.", "plain words, nothing to do.")]
    [InlineData("5*3 and ************4821", @"5\*3 and \*\*\*\*\*\*\*\*\*\*\*\*4821")]
    [InlineData("user_account_id stays", "user_account_id stays")]
    [InlineData("_lead and trail_", @"\_lead and trail\_")]
    [InlineData("# TODO: check owner_id", @"\# TODO: check owner_id")]
    [InlineData("#hashtag is text", "#hashtag is text")]
    [InlineData("the # 1 seed", "the # 1 seed")]
    [InlineData("> quoted", @"\> quoted")]
    [InlineData("a > b", "a > b")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("-5C overnight", "-5C overnight")]
    [InlineData("---", @"\---")]
    [InlineData("+ plus", @"\+ plus")]
    [InlineData("1. FC Brückenfeld", @"1\. FC Brückenfeld")]
    [InlineData("2023) was a year", @"2023\) was a year")]
    [InlineData("1.3 million", "1.3 million")]
    [InlineData("<script>alert(1)</script>", @"\<script>alert(1)\</script>")]
    [InlineData("[priority: low]", @"\[priority: low\]")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData(@"C:\ParkPal\_archive\exports", @"C:\ParkPal\\\_archive\exports")]
    [InlineData(@"\\eastbridge-fs01\projects", @"\\\eastbridge-fs01\projects")]
    [InlineData("Marks & Spencer", "Marks & Spencer")]
    [InlineData("&amp; and &#169; and &copy;", @"\&amp; and \&#169; and \&copy;")]
    [InlineData("~~struck~~", @"\~\~struck\~\~")]
    [InlineData("ends with a backslash \\", "ends with a backslash \\")]
    public void Escapes_minimally(string text, string markdown)
    {
        Assert.Equal(markdown, MarkdownEscaper.Escape(text));
    }

    [Theory]
    [InlineData("5*3 and ************4821")]
    [InlineData("# TODO: check owner_id matches session_user before returning account")]
    [InlineData("> this is a f***ing mess, we need to bury it")]
    [InlineData("1. FC Brückenfeld, the German football club")]
    [InlineData(@"C:\ParkPal\_archive\exports and \\eastbridge-fs01\projects\smart_city")]
    [InlineData("<div class=\"sensor-map\"> & <http://example.com> [x](y) ![i](j) [^1]")]
    [InlineData("a | b | c")]
    [InlineData("***")]
    [InlineData("\\")]
    [InlineData("&nbsp; &#x41;")]
    public void Renders_as_the_same_text_in_one_paragraph(string text)
    {
        var body = MarkdownRendering.Body(MarkdownEscaper.Escape(text));

        var paragraph = Assert.Single(body.Children);
        Assert.Equal("p", paragraph.LocalName);
        Assert.Empty(paragraph.Children);
        Assert.Equal(text, paragraph.TextContent);
    }
}
