namespace Gazette.Incremental;

/// <summary>Identifies this build of Gazette, so that state cached by any other build is never trusted.</summary>
public static class EngineBuild
{
    /// <summary>The engine assembly's module version id: it changes whenever its code does.</summary>
    public static string Id { get; } = typeof(EngineBuild).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
