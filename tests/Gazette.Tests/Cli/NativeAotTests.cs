using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using Gazette.Build;
using Gazette.Cli;
using Gazette.Import;
using Gazette.Tests.Infrastructure;
using Gazette.Tests.Serve;

namespace Gazette.Tests.Cli;

/// <summary>
/// The native executable a release ships (<c>dotnet publish -r RID</c>: Native AOT), run as a
/// user runs it. Reflection that trimming broke would only show at run time, so every verb runs
/// here, and what it makes is compared byte for byte with the same work done in this process.
/// The executable is published once for the class (about a minute), into a temp folder with
/// its own artifacts path.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NativeAotTests(NativeAotTests.Executable executable) : IClassFixture<NativeAotTests.Executable>
{
    [Fact]
    public void Version_and_help_list_every_verb()
    {
        Assert.Equal(GazetteApp.Version, executable.Run("--version").Out.Trim());
        var help = executable.Run("--help").Out;
        Assert.All(["build", "import", "check", "new", "serve"], verb => Assert.Contains($"    {verb} ", help, StringComparison.Ordinal));
        Assert.Contains("--base-url", executable.Run("build", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_the_sample_site_byte_for_byte_as_the_engine_in_process_does()
    {
        using var temp = new TempFolder();
        var site = temp.Path("site");
        Folders.Copy(Path.Combine(RepoPaths.Root, "content"), Path.Combine(site, "content"));
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(site, "site.yml"));

        var summary = executable.Run("build", "--site", site, "--output", temp.Path("native")).Out;
        Assert.StartsWith("built ", summary, StringComparison.Ordinal);
        var inProcess = SiteBuilder.Build(new BuildOptions { SiteDir = site, OutputDir = temp.Path("managed"), CacheDir = temp.Path("cache") });
        Assert.True(inProcess.Succeeded);

        AssertSameFiles(temp.Path("managed"), temp.Path("native"));
    }

    [Fact]
    public void Imports_the_corpus_as_the_importer_in_process_does()
    {
        using var temp = new TempFolder();
        var raw = temp.Path("raw");
        Folders.Copy(Path.Combine(RepoPaths.Shared, "corpus", "dev"), raw, "*.txt");
        foreach (var name in new[] { "native", "managed" })
        {
            Directory.CreateDirectory(temp.Path(name));
            File.WriteAllText(temp.Path(name, "site.yml"), "title: Imported\n");
        }

        executable.Run("import", raw, "--site", temp.Path("native"), "--date", "2024-05-01");
        ImportBatch.Run(new ImportRequest { SiteDir = temp.Path("managed"), Paths = [raw], Date = new DateOnly(2024, 5, 1) });

        var imported = Directory.GetFiles(temp.Path("native", "content", "articles"), "*.md");
        Assert.Equal(Directory.GetFiles(raw, "*.txt").Length, imported.Length);
        AssertSameFiles(temp.Path("managed", "content"), temp.Path("native", "content"));
    }

    [Fact]
    public void New_site_builds_and_check_reports_a_bad_date_at_its_place()
    {
        using var temp = new TempFolder();
        var site = temp.Path("s");
        Assert.Contains("created a new site", executable.Run("new", site).Out, StringComparison.Ordinal);
        Assert.StartsWith("built ", executable.Run("build", "--site", site).Out, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(site, "content", "articles", "bad.md"), "---\ntitle: A\ndate: nope\n---\nx\n");
        var check = executable.Run(["check", "--site", site], expectedExit: 1);
        Assert.Contains("content/articles/bad.md:3:7: error:", check.Err, StringComparison.Ordinal);
        var json = executable.Run(["check", "--site", site, "--format", "json"], expectedExit: 1);
        Assert.Contains("\"line\": 3", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_serves_the_built_home_page()
    {
        using var temp = new TempFolder();
        var site = temp.Path("s");
        executable.Run("new", site);
        using var serve = executable.Start("serve", "--site", site, "--port", "0");
        try
        {
            // Any free port (--port 0), and the address from serve's own announcement.
            var url = await ServedSite.AnnouncedUrl(serve);
            using var http = new HttpClient();
            using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
        }
    }

    // The engine in process is the reference; an empty reference would make the comparison vacuous.
    private static void AssertSameFiles(string expected, string actual)
    {
        var reference = TestSite.Snapshot(expected);
        Assert.NotEmpty(reference);
        TestSite.AssertSameFiles(reference, TestSite.Snapshot(actual));
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly string root = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gazette-tests", "aot-" + Guid.NewGuid().ToString("N"))).FullName;

        public string Path(params string[] parts) => System.IO.Path.Combine([root, .. parts]);

        public void Dispose() => Directory.Delete(root, recursive: true);
    }

    /// <summary>The published executable; published on first use, so a test that is skipped never waits for it.</summary>
    public sealed class Executable : IDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
        private readonly string temp = Path.Combine(Path.GetTempPath(), "gazette-tests", "aot-bin-" + Guid.NewGuid().ToString("N"));
        private readonly Lazy<string> path;

        public Executable() => path = new Lazy<string>(Publish);

        public (string Out, string Err) Run(params string[] args) => Run(args, expectedExit: 0);

        public (string Out, string Err) Run(string[] args, int expectedExit)
        {
            using var process = Start(args);
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"gazette {string.Join(' ', args)} took more than {Timeout}");
            }

            Assert.True(process.ExitCode == expectedExit, $"gazette {string.Join(' ', args)} exited {process.ExitCode}, not {expectedExit}:\n{stdout.Result}\n{stderr.Result}");
            return (stdout.Result, stderr.Result);
        }

        public Process Start(params string[] args) => Process.Start(new ProcessStartInfo(path.Value, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory.CreateDirectory(temp).FullName,
        })!;

        public void Dispose()
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }

        private string Publish()
        {
            ExternalTools.RequireNativeToolchain();
            var rid = (OperatingSystem.IsLinux() ? "linux-" : OperatingSystem.IsMacOS() ? "osx-" : "win-") + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
            var output = Path.Combine(temp, "bin");
            var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(RepoPaths.Root, "src", "Gazette.Cli"), "-c", "Release", "-r", rid, "-o", output,
                "--artifacts-path", Path.Combine(temp, "artifacts"), "--disable-build-servers", "--nologo"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"dotnet publish -r {rid} took more than {Timeout}");
            }

            Assert.True(process.ExitCode == 0, $"dotnet publish -r {rid} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
            var executable = Path.Combine(output, OperatingSystem.IsWindows() ? "gazette.exe" : "gazette");
            Assert.True(File.Exists(executable), "no native executable in " + output);
            // Native AOT leaves no managed entry assembly beside it: this is not a JIT build.
            Assert.False(File.Exists(Path.Combine(output, "gazette.dll")), "gazette.dll in " + output + ": the publish was not Native AOT");
            return executable;
        }
    }
}
