using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Gazette.Incremental;

/// <summary>
/// Feeds values into a 64-bit hash with unambiguous framing (each string is length-prefixed),
/// so ("ab", "c") and ("a", "bc") never give the same key.
/// </summary>
internal sealed class KeyBuilder
{
    private readonly XxHash3 _hash = new();

    public KeyBuilder Add(string? value)
    {
        if (value is null)
        {
            return Add(-1L);
        }

        Add((long)value.Length);
        Span<byte> buffer = stackalloc byte[256];
        if (Encoding.UTF8.GetMaxByteCount(value.Length) <= buffer.Length)
        {
            _hash.Append(buffer[..Encoding.UTF8.GetBytes(value, buffer)]);
        }
        else
        {
            _hash.Append(Encoding.UTF8.GetBytes(value));
        }

        return this;
    }

    public KeyBuilder Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public KeyBuilder Add(ulong value) => Add(unchecked((long)value));

    public KeyBuilder Add(bool value) => Add(value ? 1L : 0L);

    public KeyBuilder Add(ReadOnlySpan<byte> bytes)
    {
        Add((long)bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    public ulong Key => _hash.GetCurrentHashAsUInt64();

    /// <summary>The hash of one file's bytes, as articles and inputs record it.</summary>
    public static ulong Of(ReadOnlySpan<byte> bytes) => XxHash3.HashToUInt64(bytes);
}
