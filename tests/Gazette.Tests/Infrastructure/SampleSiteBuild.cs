using Gazette.Build;

[assembly: AssemblyFixture(typeof(Gazette.Tests.Infrastructure.SampleSiteBuild))]

namespace Gazette.Tests.Infrastructure;

/// <summary>
/// The repository's sample site built once into a temp folder for the browser and validation
/// tests, which only read it; removed when the test run ends.
/// </summary>
public sealed class SampleSiteBuild : IDisposable
{
    private readonly Lazy<BuildResult> _result;

    /// <summary>Prepares the build; it runs on first use, so test runs without these tests pay nothing.</summary>
    public SampleSiteBuild()
    {
        Output = Path.Combine(Path.GetTempPath(), "gazette-tests", "sample-site-" + Guid.NewGuid().ToString("N"));
        _result = new Lazy<BuildResult>(() =>
        {
            var result = SiteBuilder.Build(new BuildOptions { SiteDir = RepoPaths.Root, OutputDir = Output, CacheDir = Output + ".cache" });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return result;
        });
    }

    /// <summary>The output folder.</summary>
    public string Output { get; }

    /// <summary>The sample site's base path.</summary>
    public string BasePath => "/gazette/";

    /// <summary>The build, run on first use.</summary>
    public BuildResult Result => _result.Value;

    /// <summary>Every HTML file of the site, relative to the output folder, sorted.</summary>
    public IReadOnlyList<string> HtmlFiles => Result.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();

    /// <summary>The absolute path of an output file.</summary>
    public string PathOf(string relative) => Path.Combine(Output, relative);

    public void Dispose()
    {
        foreach (var dir in new[] { Output, Output + ".cache" })
        {
            try
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
