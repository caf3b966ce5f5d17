namespace Gazette.Output;

/// <summary>One file of the built site: its path under the output folder ('/' separators) and bytes.</summary>
/// <param name="Path">Relative path, e.g. <c>articles/x/index.html</c>.</param>
/// <param name="Bytes">The content (empty for a file <see cref="Kept"/> as it is).</param>
/// <param name="Origin">What produced it, for collision messages (a page URL or an asset's source path).</param>
public sealed record OutputFile(string Path, byte[] Bytes, string Origin)
{
    /// <summary>What the file was made of (0 when not tracked): stored in the manifest for the next build.</summary>
    public ulong Key { get; init; }

    /// <summary>For a page, what it read of the bodies of the articles it lists, which its key was made for.</summary>
    public Templates.BodyFields Read { get; init; }

    /// <summary>True when the file on disk was made from the same key and is left as it is, unrendered.</summary>
    public bool Kept { get; init; }

    /// <summary>Where the bytes wait on disk when they were staged as rendered (then <see cref="Bytes"/> is empty).</summary>
    public StagedBytes? Staged { get; init; }

    /// <summary>The content's length.</summary>
    public long Length => Staged?.Length ?? Bytes.Length;

    /// <summary>A file the last build wrote from the same <paramref name="key"/>: it stays as it is.</summary>
    public static OutputFile KeptAsIs(string path, string origin, ulong key, Templates.BodyFields read = Templates.BodyFields.None) =>
        new(path, [], origin) { Key = key, Read = read, Kept = true };
}

/// <summary>Rendered bytes waiting in a staging file until the build succeeds.</summary>
/// <param name="File">The staging file.</param>
/// <param name="Hash">The content hash (<see cref="OutputManifest.Hash"/>).</param>
/// <param name="Length">The content length.</param>
/// <param name="WriteTicks">The staging file's modification time (UTC ticks), which a rename keeps.</param>
public sealed record StagedBytes(string File, ulong Hash, long Length, long WriteTicks);
