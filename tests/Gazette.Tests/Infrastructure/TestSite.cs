using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gazette.Build;

namespace Gazette.Tests.Infrastructure;

/// <summary>
/// A small site written from inline txtar into a fresh temp folder, built with the same code
/// path as the CLI, with assertions on its output.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    /// <summary>The site folder.</summary>
    public string Root { get; }

    /// <summary>The default output folder.</summary>
    public string Output => Path.Combine(Root, "_site");

    /// <summary>The last build's result.</summary>
    public BuildResult? Result { get; private set; }

    public static TestSite Create(string txtar)
    {
        var root = Path.Combine(Path.GetTempPath(), "gazette-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        foreach (var (path, content) in Txtar.Parse(txtar))
        {
            site.Write(path, content);
        }

        return site;
    }

    /// <summary>Builds and asserts success, showing every diagnostic if not.</summary>
    public BuildResult Build(Func<BuildOptions, BuildOptions>? options = null)
    {
        Result = SiteBuilder.Build((options ?? (o => o))(new BuildOptions { SiteDir = Root }));
        Assert.True(Result.Succeeded, "build failed:\n" + string.Join("\n", Result.Diagnostics));
        return Result;
    }

    /// <summary>Builds and asserts failure; returns the diagnostic lines.</summary>
    public IReadOnlyList<string> BuildFails(Func<BuildOptions, BuildOptions>? options = null)
    {
        Result = SiteBuilder.Build((options ?? (o => o))(new BuildOptions { SiteDir = Root }));
        Assert.False(Result.Succeeded, "build should have failed");
        return Result.Diagnostics.Select(d => d.ToString()).ToList();
    }

    public void Write(string path, string content) => WriteBytes(path, Encoding.UTF8.GetBytes(content));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Remove(string path) => File.Delete(Path.Combine(Root, path));

    public bool Exists(string path) => File.Exists(Path.Combine(Root, path));

    public string Read(string path)
    {
        var full = Path.Combine(Root, path);
        Assert.True(File.Exists(full), $"{path} was not produced");
        return File.ReadAllText(full);
    }

    /// <summary>
    /// Hugo-style: each line of each argument must occur in the file; a line starting
    /// <c>! </c> must not. Failures show the file with visible whitespace.
    /// </summary>
    public void AssertFile(string path, params string[] expectations)
    {
        var text = Read(path);
        foreach (var line in expectations.SelectMany(e => e.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var negate = line.StartsWith("! ", StringComparison.Ordinal);
            var needle = negate ? line[2..] : line;
            var found = text.Contains(needle, StringComparison.Ordinal);
            if (found == negate)
            {
                Assert.Fail($"{path} should {(negate ? "not " : "")}contain: {needle}\n--- {path} ---\n{text.Replace("\t", "→").Replace(" \n", "·\n")}");
            }
        }
    }

    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Read(path));

    /// <summary>Every file of a folder with its bytes, for byte-identical comparisons.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string dir)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                result[Path.GetRelativePath(dir, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return result;
    }

    public static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
