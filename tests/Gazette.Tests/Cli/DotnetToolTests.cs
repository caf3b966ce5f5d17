using System.Diagnostics;
using Gazette.Cli;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Cli;

/// <summary>
/// The packed tool, as a user gets it: <c>dotnet pack</c>, <c>dotnet tool install --tool-path</c>,
/// then the installed <c>gazette</c> builds the sample site. Slow (about a minute: a Release
/// build of both projects), so it packs into a temp folder with its own artifacts path and
/// never touches the checkout's bin/ and obj/.
/// </summary>
public sealed class DotnetToolTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly string temp = Path.Combine(Path.GetTempPath(), "gazette-tests", "tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    [Trait("Category", "Slow")]
    public void Packed_tool_installs_and_builds_the_sample_site()
    {
        var nupkg = Path.Combine(temp, "nupkg");
        Run("dotnet", "pack", Path.Combine(RepoPaths.Root, "src", "Gazette.Cli"), "-c", "Release", "-o", nupkg,
            "--artifacts-path", Path.Combine(temp, "artifacts"), "--disable-build-servers");
        Assert.True(File.Exists(Path.Combine(nupkg, $"gazette.{GazetteApp.Version}.nupkg")), "no gazette package in " + nupkg);

        // Only the folder just packed as a source: an unrelated 'gazette' on a feed must never win.
        var config = Path.Combine(temp, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{nupkg}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(temp, "tools");
        Run("dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "gazette", "--version", GazetteApp.Version);
        var gazette = Path.Combine(tools, OperatingSystem.IsWindows() ? "gazette.exe" : "gazette");

        Assert.Equal(GazetteApp.Version, Run(gazette, "--version").Trim());

        var site = Path.Combine(temp, "site");
        Folders.Copy(Path.Combine(RepoPaths.Root, "content"), Path.Combine(site, "content"));
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(site, "site.yml"));
        var output = Path.Combine(temp, "out");
        var summary = Run(gazette, "build", "--site", site, "--output", output);
        var built = System.Text.RegularExpressions.Regex.Match(summary, @"^built (\d+) articles");
        Assert.True(built.Success, summary);
        Assert.True(int.Parse(built.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 10, summary);
        Assert.Equal(built.Groups[1].Value, Directory.GetDirectories(Path.Combine(output, "articles")).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("href=\"/gazette/articles/", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory.CreateDirectory(temp).FullName,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} took more than {Timeout}");
        }

        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

}
