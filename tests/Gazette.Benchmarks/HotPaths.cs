using BenchmarkDotNet.Attributes;
using Gazette.Build;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Import;
using Gazette.Incremental;
using Gazette.Markdown;
using Gazette.Output;
using Gazette.People;

namespace Gazette.Benchmarks;

/// <summary>
/// The per-article work of a build, one article at a time, on articles from the benchmark
/// corpus (../shared/bench/gen_corpus.py): what a clean build of N articles does N times.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private string _markdownFile = "";
    private string _body = "";
    private byte[] _raw = [];
    private readonly SiteConfig _config = new();
    private ImportOptions _import = null!;
    private MarkdownConverter _markdown = null!;
    private OutputFile[] _files = [];
    private string _outputDir = "";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Ensure(200);
        _markdownFile = File.ReadAllText(Directory.GetFiles(Path.Combine(corpus, "md")).Order(StringComparer.Ordinal).First());
        _body = FrontMatterSplitter.Split(_markdownFile)!.Body;
        _raw = File.ReadAllBytes(Directory.GetFiles(Path.Combine(corpus, "txt")).Order(StringComparer.Ordinal).First());
        _import = ImportSettings.For(_config, PersonRegistry.Empty);
        _markdown = new MarkdownConverter(_config.Markdown);
        _files = Enumerable.Range(0, 200)
            .Select(i => new OutputFile($"articles/a{i}/index.html", System.Text.Encoding.UTF8.GetBytes(_markdown.ToHtml(_body) + i), "bench"))
            .ToArray();
        _outputDir = Path.Combine(Path.GetTempPath(), "gazette-bench-write");
    }

    /// <summary>Front matter split, YAML parse and mapping of one article.</summary>
    [Benchmark]
    public Article? FrontMatter() => ArticleReader.Read("content/articles/a.md", _markdownFile, _config, new DiagnosticBag());

    /// <summary>The importer on one raw article: decode, parse, people, quotes, tags, Markdown out.</summary>
    [Benchmark]
    public ImportedArticle? Importer() => Import.Importer.Import("raw.txt", _raw, _import, new DiagnosticBag());

    /// <summary>Markdown to HTML for one body.</summary>
    [Benchmark]
    public string Markdown() => _markdown.ToHtml(_body);

    /// <summary>Hashing one body, as article and page keys do.</summary>
    [Benchmark]
    public ulong Key() => new KeyBuilder().Add(_body).Key;

    /// <summary>Writing 200 pages into an output folder that has none of them (the write stage of a clean build).</summary>
    [Benchmark]
    public int WriteFresh()
    {
        if (Directory.Exists(_outputDir))
        {
            Directory.Delete(_outputDir, recursive: true);
        }

        return OutputFolder.Write(_outputDir, _files).Written;
    }
}

/// <summary>Templates and the whole pipeline on a small site, everything in memory (nothing written).</summary>
[MemoryDiagnoser]
public class WholeSite
{
    private string _site = "";

    [Params(200)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _site = Corpus.Site(Articles);

    /// <summary>Load, assemble and render every page and feed of the site, per article.</summary>
    [Benchmark]
    public int Build() => SiteBuilder.Build(new BuildOptions { SiteDir = _site, Write = false }).Stats.Files;
}
