using System.Diagnostics;

namespace Gazette.Benchmarks;

/// <summary>The benchmark corpus from ../shared/bench/gen_corpus.py, generated once per size into the temp folder.</summary>
internal static class Corpus
{
    public static string Ensure(int n)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"gazette-bench-corpus-{n}");
        if (Directory.Exists(Path.Combine(dir, "md")))
        {
            return dir;
        }

        var generator = Path.Combine(FindShared(), "bench", "gen_corpus.py");
        using var python = Process.Start(new ProcessStartInfo("python3", ["-u", generator, "--n", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "1", "--out", dir]) { RedirectStandardOutput = true })!;
        python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        return python.ExitCode == 0 ? dir : throw new InvalidOperationException($"{generator} failed with exit code {python.ExitCode}");
    }

    /// <summary>A Gazette site over the corpus's Markdown articles.</summary>
    public static string Site(int n)
    {
        var corpus = Ensure(n);
        var site = Path.Combine(Path.GetTempPath(), $"gazette-bench-site-{n}");
        if (!Directory.Exists(site))
        {
            Directory.CreateDirectory(Path.Combine(site, "content", "articles"));
            foreach (var file in Directory.GetFiles(Path.Combine(corpus, "md")))
            {
                File.Copy(file, Path.Combine(site, "content", "articles", Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(site, "site.yml"), "title: Bench\nbase_url: https://example.org/\npaginate: 20\n");
        }

        return site;
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "bench")))
            {
                return Path.Combine(dir.FullName, "shared");
            }
        }

        throw new DirectoryNotFoundException("../shared/bench not found above " + AppContext.BaseDirectory);
    }
}
