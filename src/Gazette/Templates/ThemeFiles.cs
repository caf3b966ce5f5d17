using System.Reflection;

namespace Gazette.Templates;

/// <summary>The built-in theme, embedded in the library as resources named <c>theme/&lt;path&gt;</c>.</summary>
public static class ThemeFiles
{
    private const string Prefix = "theme/";

    /// <summary>What errors call a theme file's folder.</summary>
    public const string DisplayRoot = "[theme]";

    /// <summary>Every theme file's relative path, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(ThemeFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..].Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The bytes of theme file <paramref name="name"/>.</summary>
    public static byte[] Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"no theme file '{name}'", nameof(name));
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static Assembly Assembly => typeof(ThemeFiles).Assembly;
}
