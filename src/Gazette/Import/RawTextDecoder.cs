using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

using Gazette.Diagnostics;

namespace Gazette.Import;

/// <summary>
/// Turns the bytes of a raw article into clean text: UTF-8 (with or without BOM) or, failing that,
/// Windows-1252 with a warning; line endings normalised to <c>\n</c>; stray control characters dropped.
/// Binary content (NUL bytes, or many control characters) is an error.
/// </summary>
internal static class RawTextDecoder
{
    // Carriage returns, the BOM and every control character except tab and newline.
    private static readonly System.Buffers.SearchValues<char> NeedsCleaning = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(static c => c is not ('\t' or '\n')).Select(static c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(static c => (char)c), '\uFEFF']);

    // More than this share of control characters means the file is not text at all.
    private const double BinaryControlShare = 0.01;

    /// <summary>The decoded text, or null when the file is binary (an error is added).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(SourceSpan.File(path), "file is UTF-16 encoded; save it as UTF-8");
            return null;
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            diagnostics.Error(SourceSpan.File(path), "file contains NUL bytes: binary files cannot be imported");
            return null;
        }

        string text;
        if (Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
        }
        else
        {
            var (line, column) = FirstInvalidUtf8(bytes);
            diagnostics.Warning(new SourceSpan(path, line, column), "file is not valid UTF-8; decoded as Windows-1252");
            text = Windows1252.Decode(bytes);
        }

        return Clean(path, text, diagnostics);
    }

    // Normalises line endings and drops control characters other than tab and newline, in one pass.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? Clean(string path, string text, DiagnosticBag diagnostics)
    {
        // Most files need nothing: one vectorised scan decides.
        if (text.AsSpan().IndexOfAny(NeedsCleaning) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        int controls = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\n' or '\t')
            {
                builder.Append(c);
            }
            else if (char.IsControl(c) || c == '\uFEFF')
            {
                controls++;
            }
            else
            {
                builder.Append(c);
            }
        }

        if (controls > 0 && controls > text.Length * BinaryControlShare)
        {
            diagnostics.Error(SourceSpan.File(path), "file contains control characters: binary files cannot be imported");
            return null;
        }

        if (controls > 0)
        {
            diagnostics.Warning(SourceSpan.File(path), $"removed {controls} control character(s)");
        }

        return builder.ToString();
    }

    // Where the first byte sequence that is not UTF-8 sits, as a 1-based line and column.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Line, int Column) FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var before = bytes[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
