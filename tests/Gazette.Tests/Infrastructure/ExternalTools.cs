namespace Gazette.Tests.Infrastructure;

/// <summary>
/// Programs some tests need beyond .NET: Debian's Chromium, a Java runtime, the npm tools in
/// tests/browser-tools (axe-core, vnu-jar), and a C toolchain for Native AOT, all installed by .ci/run. On a developer's machine a
/// missing tool skips those tests with the command that installs it; under CI=true it fails them,
/// so CI can never go green by skipping.
/// </summary>
internal static class ExternalTools
{
    /// <summary>True when the environment variable CI is "true" (any case).</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The npm project holding axe-core and vnu-jar.</summary>
    public static string ToolsFolder => Path.Combine(RepoPaths.Root, "tests", "browser-tools");

    /// <summary>Chromium: $GAZETTE_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string? Chromium => FirstFile(Environment.GetEnvironmentVariable("GAZETTE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");

    /// <summary>The java launcher on PATH (or in $JAVA_HOME/bin).</summary>
    public static string? Java => FirstFile(
        Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home ? Path.Combine(home, "bin", "java") : null,
        OnPath("java"));

    /// <summary>axe-core's browser bundle.</summary>
    public static string AxeScript => Path.Combine(ToolsFolder, "node_modules", "axe-core", "axe.min.js");

    /// <summary>The Nu HTML checker.</summary>
    public static string VnuJar => Path.Combine(ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>
    /// Skips (or under CI fails) unless Native AOT can link here: a C compiler (clang, else gcc)
    /// and objcopy on PATH, as the .NET SDK's native compiler looks for them.
    /// </summary>
    public static void RequireNativeToolchain()
    {
        Require(FirstFile(null, [.. OnPath("clang"), .. OnPath("gcc")]) is not null, "a C compiler (clang or gcc)", "apt-get install -y gcc");
        Require(FirstFile(null, OnPath("objcopy")) is not null, "objcopy", "apt-get install -y binutils");
    }

    private const string AptRemedy = "apt-get install -y chromium default-jre-headless";
    private const string NpmRemedy = "npm ci --ignore-scripts --prefix tests/browser-tools";

    /// <summary>Skips (or under CI fails) unless Chromium is installed; returns its path.</summary>
    public static string RequireBrowser()
    {
        Require(Chromium is not null, "Chromium", AptRemedy);
        return Chromium!;
    }

    /// <summary>Skips (or under CI fails) unless axe-core is installed; returns its browser bundle.</summary>
    public static string RequireAxe()
    {
        Require(File.Exists(AxeScript), "axe-core", NpmRemedy);
        return AxeScript;
    }

    /// <summary>Skips (or under CI fails) unless Java and the Nu checker are installed; returns the java launcher.</summary>
    public static string RequireNuChecker()
    {
        Require(Java is not null, "Java", AptRemedy);
        Require(File.Exists(VnuJar), "vnu-jar", NpmRemedy);
        return Java!;
    }

    private static void Require(bool present, string tool, string remedy)
    {
        if (present)
        {
            return;
        }

        var message = $"{tool} is not installed (run .ci/run, or: {remedy})";
        if (IsCi)
        {
            Assert.Fail(message + "; CI=true, so this fails instead of skipping");
        }

        Assert.Skip(message);
    }

    private static string[] OnPath(string program) =>
        [.. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Where(d => d.Length > 0).Select(d => Path.Combine(d, program))];

    private static string? FirstFile(string? first, params string[] rest) =>
        new[] { first }.Concat(rest).FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}
