using System.Text;

using Gazette.Diagnostics;
using Gazette.Import;

namespace Gazette.Tests.Import;

public sealed class RawTextDecoderTests
{
    [Fact]
    public void Utf8_with_a_byte_order_mark_loses_the_mark()
    {
        var bag = new DiagnosticBag();
        string? text = RawTextDecoder.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. "Zoë"u8], bag);

        Assert.Equal("Zoë", text);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Windows_1252_is_decoded_with_a_warning_at_the_first_bad_byte()
    {
        var bag = new DiagnosticBag();
        // "line one\n“Zoë” paid €5 — fine" in Windows-1252.
        byte[] bytes = [.. "line one\n"u8, 0x93, (byte)'Z', (byte)'o', 0xEB, 0x94, .. " paid "u8, 0x80, (byte)'5', (byte)' ', 0x97, .. " fine"u8];
        string? text = RawTextDecoder.Decode("dir/a.txt", bytes, bag);

        Assert.Equal("line one\n\u201CZo\u00EB\u201D paid \u20AC5 \u2014 fine", text);
        Assert.Equal("dir/a.txt:2:1: warning: file is not valid UTF-8; decoded as Windows-1252", Assert.Single(bag.Sorted()).ToString());
    }

    [Fact]
    public void Every_1252_byte_decodes_to_one_character()
    {
        byte[] all = [.. Enumerable.Range(0x80, 0x80).Select(static b => (byte)b)];
        string text = Windows1252.Decode(all);

        Assert.Equal(128, text.Length);
        Assert.Equal('\u20AC', text[0]);
        Assert.Equal('\u2019', text[0x92 - 0x80]);
        Assert.Equal('\u0178', text[0x9F - 0x80]);
        Assert.Equal('\u00E9', text[0xE9 - 0x80]);
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    [InlineData("a\n\rb", "a\n\nb")]
    public void Line_endings_are_normalised(string raw, string expected)
    {
        Assert.Equal(expected, RawTextDecoder.Decode("a.txt", Encoding.UTF8.GetBytes(raw), new DiagnosticBag()));
    }

    [Fact]
    public void A_nul_byte_is_an_error_naming_the_file()
    {
        var bag = new DiagnosticBag();

        Assert.Null(RawTextDecoder.Decode("in/x.txt", "head\0line"u8, bag));
        Assert.Equal("in/x.txt:1:1: error: file contains NUL bytes: binary files cannot be imported", Assert.Single(bag.Sorted()).ToString());
    }

    [Fact]
    public void Many_control_characters_are_an_error()
    {
        var bag = new DiagnosticBag();
        byte[] bytes = [.. Enumerable.Range(0, 200).Select(static i => (byte)(i % 2 == 0 ? 0x01 : 'a'))];

        Assert.Null(RawTextDecoder.Decode("b.bin", bytes, bag));
        Assert.Contains("b.bin:1:1: error:", Assert.Single(bag.Sorted()).ToString());
    }

    [Fact]
    public void A_stray_control_character_is_dropped_with_a_warning()
    {
        var bag = new DiagnosticBag();
        string text = new('x', 300);

        Assert.Equal(text + text, RawTextDecoder.Decode("c.txt", Encoding.UTF8.GetBytes(text + "\u0007" + text), bag));
        Assert.Equal("c.txt:1:1: warning: removed 1 control character(s)", Assert.Single(bag.Sorted()).ToString());
    }

    [Fact]
    public void Utf16_is_refused_with_advice()
    {
        var bag = new DiagnosticBag();

        Assert.Null(RawTextDecoder.Decode("u.txt", [0xFF, 0xFE, (byte)'a', 0], bag));
        Assert.Contains("UTF-16", Assert.Single(bag.Sorted()).Message);
    }
}
