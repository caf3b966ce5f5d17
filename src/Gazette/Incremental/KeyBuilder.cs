using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Gazette.Incremental;

/// <summary>
/// Feeds values into a 64-bit hash with unambiguous framing (each string is length-prefixed),
/// so ("ab", "c") and ("a", "bc") never give the same key.
/// </summary>
/// <remarks>
/// Values are gathered into a pooled buffer and hashed once, when <see cref="Key"/> is read
/// (the same hash as feeding them in as they come): a rebuild makes keys for every page of the
/// site from millions of small values, and a streaming hash per key cost a kilobyte of fresh
/// memory each, a fifth of what a one-edit rebuild allocated. Read <see cref="Key"/> once, last.
/// </remarks>
internal sealed class KeyBuilder
{
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(512);
    private int _length;

    public KeyBuilder Add(string? value)
    {
        if (value is null)
        {
            return Add(-1L);
        }

        // The UTF-16 code units as they are: keys are compared only with keys this machine made.
        Add((long)value.Length);
        return Append(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    public KeyBuilder Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        return Append(bytes);
    }

    public KeyBuilder Add(ulong value) => Add(unchecked((long)value));

    public KeyBuilder Add(bool value) => Add(value ? 1L : 0L);

    public KeyBuilder Add(ReadOnlySpan<byte> bytes)
    {
        Add((long)bytes.Length);
        return Append(bytes);
    }

    /// <summary>The hash of everything added; the builder is finished.</summary>
    public ulong Key
    {
        get
        {
            var buffer = _buffer ?? throw new InvalidOperationException("a key is read once");
            var key = XxHash3.HashToUInt64(buffer.AsSpan(0, _length));
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
            return key;
        }
    }

    /// <summary>The hash of one file's bytes, as articles and inputs record it.</summary>
    public static ulong Of(ReadOnlySpan<byte> bytes) => XxHash3.HashToUInt64(bytes);

    private KeyBuilder Append(ReadOnlySpan<byte> bytes)
    {
        var buffer = _buffer ?? throw new InvalidOperationException("a key is read once");
        if (bytes.Length > buffer.Length - _length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, _length + bytes.Length));
            buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            _buffer = buffer = larger;
        }

        bytes.CopyTo(buffer.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }
}
