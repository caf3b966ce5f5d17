using System.Diagnostics;
using System.Text.Json;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Validation;

/// <summary>The W3C Nu HTML checker (npm vnu-jar, run with Java) over every page of the sample site.</summary>
public sealed class NuHtmlCheckerTests(SampleSiteBuild site)
{
    [Fact]
    public async Task Every_page_of_the_sample_site_has_no_html_errors()
    {
        var java = ExternalTools.RequireNuChecker();
        var pages = site.HtmlFiles;
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");

        // One deliberately invalid page checked in the same run proves the checker reports errors here.
        var canaryDir = Path.Combine(Path.GetTempPath(), "gazette-tests", "nu-canary-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(canaryDir);
        var canary = Path.Combine(canaryDir, "invalid.html");
        await File.WriteAllTextAsync(canary, "<!DOCTYPE html><html lang=en><title>x</title><p><div>block in a paragraph</p></div></html>", TestContext.Current.CancellationToken);
        try
        {
            var messages = await Check(java, [site.Output, canary]);
            var byFile = messages.GroupBy(m => m.File).ToDictionary(g => g.Key, g => g.ToList());
            Assert.True(byFile.ContainsKey(new Uri(canary).AbsoluteUri.Replace("file:///", "file:/", StringComparison.Ordinal)), "the checker did not report the invalid canary page: " + string.Join("; ", byFile.Keys));
            var siteErrors = messages.Where(m => !m.File.EndsWith("/invalid.html", StringComparison.Ordinal)).Select(m => m.ToString()).ToList();
            Assert.True(siteErrors.Count == 0, $"{siteErrors.Count} Nu errors:\n" + string.Join("\n", siteErrors.Take(50)));
        }
        finally
        {
            Directory.Delete(canaryDir, recursive: true);
        }
    }

    private static async Task<List<NuMessage>> Check(string java, IEnumerable<string> paths)
    {
        var start = new ProcessStartInfo(java) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", ExternalTools.VnuJar, "--format", "json", "--errors-only", "--skip-non-html" }.Concat(paths))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;

        // vnu prints its JSON report on stderr and exits 1 when anything has an error.
        using var report = JsonDocument.Parse(stderr);
        return [.. report.RootElement.GetProperty("messages").EnumerateArray().Select(m => new NuMessage(
            m.GetProperty("type").GetString() ?? "",
            m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.GetProperty("message").GetString() ?? ""))];
    }

    private sealed record NuMessage(string Type, string File, int Line, string Message)
    {
        public override string ToString() => $"{File}:{Line}: {Type}: {Message}";
    }
}
