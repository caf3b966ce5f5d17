namespace Gazette.Tests.Infrastructure;

/// <summary>Finds the repository root (for the sample site) and ../shared (for the corpus).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindUp(dir => File.Exists(Path.Combine(dir, "Gazette.sln")))
        ?? throw new InvalidOperationException("cannot find the repository root (Gazette.sln) above " + AppContext.BaseDirectory);

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string? FindUp(Func<string, bool> found)
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (found(dir))
            {
                return dir;
            }
        }

        return null;
    }
}
