namespace Gazette.Output;

/// <summary>One file of the built site: its path under the output folder ('/' separators) and bytes.</summary>
/// <param name="Path">Relative path, e.g. <c>articles/x/index.html</c>.</param>
/// <param name="Bytes">The content.</param>
/// <param name="Origin">What produced it, for collision messages (a page URL or an asset's source path).</param>
public sealed record OutputFile(string Path, byte[] Bytes, string Origin);
