using System.Buffers;

namespace Gazette.Output;

/// <summary>
/// Bytes in a buffer borrowed from <see cref="ArrayPool{T}.Shared"/>, given back on
/// <see cref="Dispose"/>: a page's bytes are staged on disk as soon as it is rendered, and an
/// array of its own for each of tens of thousands of pages was a sixth of a clean build's
/// allocations. The default value holds nothing (<see cref="IsNone"/>).
/// </summary>
public readonly struct PooledBytes(byte[] buffer, int length) : IDisposable
{
    /// <summary>True for the default value, which holds no buffer.</summary>
    public bool IsNone => buffer is null;

    /// <summary>The bytes; valid until disposed.</summary>
    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    /// <summary>A copy that outlives the buffer.</summary>
    public byte[] ToArray() => Span.ToArray();

    /// <inheritdoc />
    public void Dispose()
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
