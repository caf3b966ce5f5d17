using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Gazette.Diagnostics;

namespace Gazette.Content;

/// <summary>Turns file bytes into text, refusing empty, binary and non-UTF-8 files with a positioned error.</summary>
public static class TextDecoder
{
    /// <summary>UTF-8 text without BOM, with CRLF and CR normalised to LF; null after reporting why not.</summary>
    public static string? DecodeUtf8(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(At(path, bytes, nul), "this is a binary file (it contains a NUL byte), not a text article");
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                diagnostics.Error(At(path, bytes, read), $"the file is not valid UTF-8 (byte 0x{bytes[read]:X2}); save it as UTF-8");
                return null;
            }

            var text = NormaliseNewlines(new string(chars, 0, written));
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Error(SourceSpan.File(path), "the file is empty");
                return null;
            }

            return text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The text of <paramref name="bytes"/> (without a BOM) when <see cref="DecodeUtf8"/> would
    /// return exactly their decoding: valid UTF-8 with no NUL and no CR. Null otherwise.
    /// </summary>
    public static ReadOnlyMemory<byte>? AsWritten(byte[] bytes)
    {
        var text = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        return text.Span.IndexOfAny((byte)0, (byte)'\r') < 0 && Utf8.IsValid(text.Span) ? text : (ReadOnlyMemory<byte>?)null;
    }

    /// <summary>CRLF and lone CR become LF.</summary>
    public static string NormaliseNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    // Line and column of a byte offset, counting columns in characters of the valid prefix.
    private static SourceSpan At(string path, ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourceSpan(path, line, column);
    }
}
