using System.Diagnostics;
using System.Text;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Incremental;
using Gazette.Markdown;
using Gazette.Output;
using Gazette.People;
using Gazette.Routing;
using Gazette.Site;
using Gazette.Templates;

namespace Gazette.Build;

/// <summary>
/// The build, top to bottom: load (parallel) → assemble (one thread) → render (parallel) →
/// write. Each stage runs on everything the previous one produced, so one run reports every
/// error; the build stops after a stage that reported errors, before anything is written.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The default cache folder inside the site folder.</summary>
    public const string CacheFolder = ".gazette-cache";

    /// <summary>The generator name templates and feeds show.</summary>
    public static string Generator { get; } = "Gazette " + (typeof(SiteBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var stages = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        var siteDir = Path.GetFullPath(options.SiteDir);
        BuildResult Stop(IReadOnlyList<OutputFile>? files = null, string output = "", BuildStats? stats = null) =>
            new(!Failed(diagnostics, options), diagnostics.Sorted(), stats ?? new BuildStats { Stages = stages }, files ?? [], output);
        void Lap(string stage)
        {
            stages.Add((stage, clock.Elapsed));
            clock.Restart();
        }

        // Load.
        var config = LoadConfig(siteDir, options, diagnostics);
        var outputDir = Path.GetFullPath(Path.Combine(siteDir, options.OutputDir ?? config.Output));
        var outputSpan = options.OutputDir is not null ? new SourceSpan("--output", 1, 1)
            : config.KeySpans.GetValueOrDefault("output", new SourceSpan(SiteConfigLoader.FileName, 1, 1));
        OutputFolder.Check(outputDir, siteDir, [Path.Combine(siteDir, config.ContentDir), Path.Combine(siteDir, config.TemplatesDir)], outputSpan, diagnostics);

        // A build that writes keeps state between builds; check and other dry runs neither use nor change it.
        var cacheDir = options.CacheDir ?? Path.Combine(siteDir, CacheFolder);
        var incremental = options.Write && !diagnostics.HasErrors;
        var flags = $"{config.BaseUrl}|{options.Drafts}|{options.Strict}|{outputDir}";
        var buildStart = DateTime.UtcNow;
        // The cached state is read side by side: each part is a few thousand small reads or stat calls.
        ulong? stamp = null;
        IReadOnlyDictionary<string, FileInfo>? listed = null;
        BuildStamp? last = null;
        OutputManifest? manifest = null;
        if (incremental)
        {
            Parallel.Invoke(
                () => stamp = BuildStamp.Compute(siteDir, [SiteConfigLoader.FileName], [config.ContentDir, config.TemplatesDir], flags, buildStart, out listed),
                () => last = BuildStamp.Load(cacheDir),
                () =>
                {
                    manifest = OutputManifest.Load(cacheDir, outputDir);
                    manifest.StartChecking();
                });
        }

        if (stamp is not null && last is not null && last.Key == stamp && manifest!.AllIntact())
        {
            Lap("unchanged");
            return new BuildResult(true, last.Diagnostics, new BuildStats { Articles = last.Articles, Files = last.Files, Stages = stages }, [], outputDir);
        }

        // people.yml first: raw .txt articles resolve names through it while they load.
        var registry = PeopleLoader.Load(siteDir, config, diagnostics);
        var importOptions = Import.ImportSettings.For(config, registry);
        var configKey = new KeyBuilder().Add(EngineBuild.Id).Add(FileKey(Path.Combine(siteDir, SiteConfigLoader.FileName))).Add(FileKey(PeopleLoader.PathIn(siteDir, config))).Key;
        IReadOnlyList<Article> articles = [];
        TemplateSet? templates = null;
        ArticleCache? articleCache = null;
        Parallel.Invoke(
            () =>
            {
                // Opened here rather than with the rest of the cached state: a build with nothing to do never needs it.
                articleCache = incremental ? ArticleCache.Open(cacheDir, configKey, buildStart) : null;
                articles = ContentLoader.Load(siteDir, config, importOptions, diagnostics, articleCache, listed);
            },
            () => templates = TemplateSet.Load(siteDir, config.TemplatesDir, diagnostics));
        Lap(articleCache is null || articleCache.Reused == 0 ? "load" : $"load ({articles.Count - articleCache.Reused} parsed)");

        // Assemble.
        var routes = new Routes(config.BaseUrl);
        var published = articles.Where(a => options.Drafts || !a.Draft).ToList();
        var site = SiteAssembler.Assemble(config, routes, published, registry, diagnostics, incremental ? new RelatedStore(cacheDir) : null);
        Lap("assemble");
        if (Failed(diagnostics, options))
        {
            return Stop();
        }

        // Render. A strict build's link check reads every page, so it renders them all and keeps
        // their bytes; other writing builds keep unchanged pages and stage rendered ones on disk.
        var inputsKey = new KeyBuilder().Add(configKey).Add(templates!.Key).Add(flags).Add(Generator).Key;
        var reuse = incremental && !options.Strict;
        using var staging = reuse ? new OutputStaging(cacheDir, asTree: !Path.Exists(outputDir)) : null;
        var renderer = new SiteRenderer(site, templates!, inputsKey, reuse ? manifest : null, staging, diagnostics, Lap, options.Progress);
        var files = renderer.Render();
        files.AddRange(StaticFiles(siteDir, config, templates!));
        CheckCollisions(files, diagnostics);
        if (options.Strict)
        {
            BrokenLinkReporter.Report(files, site, diagnostics);
        }

        Lap("feeds, checks");
        if (Failed(diagnostics, options))
        {
            return Stop();
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        // The parse cache is saved while the output is written: the two share nothing.
        var written = new OutputFolder.WriteStats(0, files.Count, 0);
        Parallel.Invoke(
            () =>
            {
                if (options.Write)
                {
                    written = OutputFolder.Write(outputDir, files, cacheDir, manifest, staging);
                }
            },
            () => articleCache?.Save());
        if (incremental)
        {
            if (stamp is not null)
            {
                new BuildStamp(stamp.Value, site.Articles.Count, files.Count, diagnostics.Sorted()).Save(cacheDir);
            }
            else
            {
                BuildStamp.Delete(cacheDir);
            }
        }

        Lap("write");
        var stats = new BuildStats { Articles = site.Articles.Count, Files = files.Count, Rendered = renderer.Rendered, Written = written.Written, Removed = written.Removed, Stages = stages };
        return Stop(files, outputDir, stats);
    }

    private static ulong FileKey(string path) => File.Exists(path) ? KeyBuilder.Of(File.ReadAllBytes(path)) : 0;

    private static bool Failed(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.Count > 0);

    private static SiteConfig LoadConfig(string siteDir, BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(siteDir, diagnostics);
        if (options.BaseUrl is not null)
        {
            var baseUrl = SiteConfigLoader.NormaliseBaseUrl(options.BaseUrl);
            if (baseUrl is null)
            {
                diagnostics.Error(new SourceSpan("--base-url", 1, 1), $"'{options.BaseUrl}' is not an absolute http(s) URL such as https://user.github.io/repo/");
            }
            else
            {
                config = config with { BaseUrl = baseUrl };
            }
        }

        return config;
    }

    private static IEnumerable<OutputFile> StaticFiles(string siteDir, SiteConfig config, TemplateSet templates)
    {
        foreach (var asset in templates.Assets)
        {
            yield return new OutputFile(asset.Name, asset.Read(), asset.DisplayPath);
        }

        var staticDir = Path.Combine(siteDir, config.ContentDir, "static");
        if (Directory.Exists(staticDir))
        {
            foreach (var file in Directory.EnumerateFiles(staticDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(staticDir, file).Replace('\\', '/');
                yield return new OutputFile(relative, File.ReadAllBytes(file), Path.GetRelativePath(siteDir, file).Replace('\\', '/'));
            }
        }

        yield return new OutputFile(".nojekyll", [], "GitHub Pages");
        if (!string.IsNullOrEmpty(config.Cname))
        {
            yield return new OutputFile("CNAME", Encoding.UTF8.GetBytes(config.Cname + "\n"), "site.yml cname");
        }
    }

    private static void CheckCollisions(List<OutputFile> files, DiagnosticBag diagnostics)
    {
        foreach (var group in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var origins = group.Select(f => f.Origin).ToList();

            // Pages' origins are URLs ("/tags/"); blame a source file when one is involved, since that is what the user can rename.
            var culprit = origins.FirstOrDefault(o => o.Contains('/') && !o.StartsWith('/')) ?? origins[^1];
            diagnostics.Error(new SourceSpan(culprit, 1, 1), $"output file {group.Key} is produced by both {string.Join(" and ", origins)}");
        }
    }
}
