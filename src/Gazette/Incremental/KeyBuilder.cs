using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Gazette.Incremental;

/// <summary>
/// Feeds values into a 64-bit hash with unambiguous framing (each string is length-prefixed),
/// so ("ab", "c") and ("a", "bc") never give the same key.
/// </summary>
/// <remarks>
/// Values are gathered into a small buffer that goes to the hash when full: a rebuild makes
/// keys for every page of the site from millions of small values, and the hash's per-call
/// overhead was most of that time.
/// </remarks>
internal sealed class KeyBuilder
{
    private readonly XxHash3 _hash = new();
    private readonly byte[] _buffer = new byte[512];
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

    public ulong Key
    {
        get
        {
            Flush();
            return _hash.GetCurrentHashAsUInt64();
        }
    }

    /// <summary>The hash of one file's bytes, as articles and inputs record it.</summary>
    public static ulong Of(ReadOnlySpan<byte> bytes) => XxHash3.HashToUInt64(bytes);

    private KeyBuilder Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _hash.Append(bytes);
                return this;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    private void Flush()
    {
        _hash.Append(_buffer.AsSpan(0, _length));
        _length = 0;
    }
}
