using System.Text.Encodings.Web;
using System.Text.Json;
using Gazette.Templates;

namespace Gazette.Tests.Unit;

public sealed class JsonFunctionTests
{
    [Fact]
    public void Strings_that_could_close_a_script_element_are_escaped()
    {
        Assert.Equal("\"\\u003C/script\\u003E \\u0026 \\u0027x\\u0027 \\u0022q\\u0022\"", GazetteFunctions.Json("</script> & 'x' \"q\""));
    }

    [Fact]
    public void Random_strings_escape_exactly_as_the_json_serializer_does()
    {
        // Property: the template function's hand-rolled string literal equals JsonSerializer's
        // with the same encoder, for control characters, markup, quotes, non-ASCII and
        // surrogate pairs and lone surrogates.
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default };
        var random = new Random(20261125);
        string[] pieces = ["<", ">", "&", "'", "\"", "\\", "/", "\n", "\t", "\u0001", "\u007f", "é", "Zoë", "日本", "😀", "\u2028", "+", "a", " ", "\ud800", "\udc00"];
        for (var round = 0; round < 1000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Outcome(() => JsonSerializer.Serialize(text, options));
            Assert.Equal(expected, Outcome(() => GazetteFunctions.Json(text)));
        }
    }

    private static string Outcome(Func<string> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentException)
        {
            return "(invalid)";
        }
    }
}
