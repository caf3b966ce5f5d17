using Gazette.Build;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

/// <summary>
/// Rebuilds reuse the last build's work (parsed articles, related choices, page keys, the
/// input stamp): whatever was edited, the output must equal a clean build's byte for byte, and
/// only files whose bytes changed are written.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static string Files => "-- site.yml --\ntitle: Inc\nbase_url: https://example.org/news/\npaginate: 3\n" + Articles.Many(12, "[Economy, Markets]") + """
        -- content/articles/people-a.md --
        ---
        title: People A
        date: 2023-06-01
        people: [Ann Lee, Bo Chen]
        quotes:
          - person: Ann Lee
            text: We will see.
        ---
        Ann Lee and Bo Chen met. See [the first](a001.md).
        -- content/articles/people-b.md --
        ---
        title: People B
        date: 2023-07-01
        tags: [Economy]
        people: [Bo Chen]
        ---
        Bo Chen again.
        -- content/people.yml --
        - name: Ann Lee
          role: Minister
        -- content/articles/raw.txt --
        WORLD
        A raw story about markets
        Markets rose on Tuesday, said Ann Lee.
        """;

    // Inputs get distinct modification times in the past, as real edits would have: the caches
    // trust only files older than the racy window, and a test writes faster than any clock ticks.
    private sealed class Clock
    {
        private DateTime _next = DateTime.UtcNow.AddHours(-1);

        public void Age(TestSite site)
        {
            foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(site.Root, file);
                if (!relative.StartsWith("_site", StringComparison.Ordinal) && !relative.StartsWith(".gazette-cache", StringComparison.Ordinal))
                {
                    File.SetLastWriteTimeUtc(file, Tick());
                }
            }
        }

        public void Edit(TestSite site, string path, string content)
        {
            site.Write(path, content);
            File.SetLastWriteTimeUtc(Path.Combine(site.Root, path), Tick());
        }

        private DateTime Tick() => _next = _next.AddSeconds(1);
    }

    private static SortedDictionary<string, byte[]> CleanBuildOf(TestSite site)
    {
        var copy = Path.Combine(Path.GetTempPath(), "gazette-tests", "clean-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Root, file);
            if (!relative.StartsWith("_site", StringComparison.Ordinal) && !relative.StartsWith(".gazette-cache", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, relative))!);
                File.Copy(file, Path.Combine(copy, relative));
            }
        }

        try
        {
            var result = SiteBuilder.Build(new BuildOptions { SiteDir = copy });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return TestSite.Snapshot(Path.Combine(copy, "_site"));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static Dictionary<string, DateTime> Times(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), File.GetLastWriteTimeUtc);

    [Fact]
    public void Every_kind_of_edit_rebuilds_to_exactly_what_a_clean_build_gives()
    {
        using var site = TestSite.Create(Files);

        // Home pages list every front matter field of their articles, so that a field left out
        // of the list pages' keys shows as a stale page.
        site.Write("templates/home.html", "{{ for item in pager.items }}<p>{{ item.title }}|{{ item.subtitle }}|{{ item.section }}|{{ item.summary }}|{{ item.author }}|{{ item.date_rfc3339 }}|{{ item.source.name }}|{{ item.source.url }}|{{ item.params.mood | array.join ',' }}|{{ for t in item.tags }}{{ t.name }},{{ end }}|{{ for p in item.people }}{{ p.name }},{{ end }}|{{ for q in item.quotes }}{{ q.text }},{{ end }}</p>{{ end }}\n");
        var clock = new Clock();
        clock.Age(site);
        var first = site.Build();
        Assert.True(first.Succeeded);
        var all = first.Stats.Rendered;

        var edits = new (string What, Action Edit)[]
        {
            ("a body", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article 005\ndate: 2024-01-06\ntags: [Economy, Markets]\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a title", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a summary", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a subtitle", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\nsubtitle: The fifth\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a author", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\nsubtitle: The fifth\nauthor: Cy Doe\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a section", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\nsubtitle: The fifth\nauthor: Cy Doe\nsection: World\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a source", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\nsubtitle: The fifth\nauthor: Cy Doe\nsection: World\nsource:\n  name: Wire\n  url: https://wire.example/5\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a param", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\nsubtitle: The fifth\nauthor: Cy Doe\nsection: World\nsource:\n  name: Wire\n  url: https://wire.example/5\nmood: [calm]\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a param's value", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\nsubtitle: The fifth\nauthor: Cy Doe\nsection: World\nsource:\n  name: Wire\n  url: https://wire.example/5\nmood: [calm, bright]\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a source URL", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\nsubtitle: The fifth\nauthor: Cy Doe\nsection: World\nsource:\n  name: Wire\n  url: https://wire.example/five\nmood: [calm, bright]\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a param renamed", () => clock.Edit(site, "content/articles/a005.md", "---\ntitle: Article Five\ndate: 2024-01-06\ntags: [Economy, Markets]\nsummary: Five in brief.\nsubtitle: The fifth\nauthor: Cy Doe\nsection: World\nsource:\n  name: Wire\n  url: https://wire.example/five\ntone: [calm, bright]\n---\nA longer body of article five, now with [a link](a002.md).\n")),
            ("a body long enough to change its reading time", () => clock.Edit(site, "content/articles/a004.md", "---\ntitle: Article 004\ndate: 2024-01-05\ntags: [Economy, Markets]\n---\n" + string.Concat(Enumerable.Repeat("word ", 700)) + "\n")),
            ("a tag added", () => clock.Edit(site, "content/articles/a010.md", "---\ntitle: Article 010\ndate: 2024-01-11\ntags: [Economy, Markets, Energy]\n---\nBody of article 10.\n")),
            ("a date moved", () => clock.Edit(site, "content/articles/a003.md", "---\ntitle: Article 003\ndate: 2025-03-01\ntags: [Economy, Markets]\n---\nBody of article 3.\n")),
            // Still the oldest of its series: no list changes order, but its date in the sitemap does.
            ("a date changed in place", () => clock.Edit(site, "content/articles/a001.md", "---\ntitle: Article 001\ndate: 2023-12-01\ntags: [Economy, Markets]\n---\nBody of article 1.\n")),
            ("an article removed", () => site.Remove("content/articles/a012.md")),
            ("an article added", () => clock.Edit(site, "content/articles/new.md", "---\ntitle: New\ndate: 2024-02-01\npeople: [Ann Lee]\n---\nNew body.\n")),
            ("a linked article renamed", () =>
            {
                site.Remove("content/articles/a001.md");
                clock.Edit(site, "content/articles/first.md", "---\ntitle: Article 001\ndate: 2024-01-02\ntags: [Economy, Markets]\n---\nBody of article 1.\n");
            }),
            ("a quote changed", () => clock.Edit(site, "content/articles/people-a.md", "---\ntitle: People A\ndate: 2023-06-01\npeople: [Ann Lee, Bo Chen]\nquotes:\n  - person: Ann Lee\n    text: We shall see.\n---\nAnn Lee and Bo Chen met.\n")),
            ("a raw article edited", () => clock.Edit(site, "content/articles/raw.txt", "WORLD\nA raw story about markets\nMarkets fell on Tuesday, said Bo Chen.\n")),
            ("people.yml", () => clock.Edit(site, "content/people.yml", "- name: Ann Lee\n  role: Prime Minister\n  bio: Leads the government.\n- name: Bo Chen\n  role: Analyst\n")),
            ("a template", () => clock.Edit(site, "templates/partials/footer.html", "<footer class=\"site-footer\"><p>Custom footer</p></footer>\n")),
            ("site.yml", () => clock.Edit(site, "site.yml", "title: Inc 2\nbase_url: https://example.org/news/\npaginate: 4\n")),
        };

        foreach (var (what, edit) in edits)
        {
            var before = TestSite.Snapshot(site.Output);
            var times = Times(site);
            edit();
            var result = site.Build();
            Assert.True(result.Succeeded, $"{what}: " + string.Join("\n", result.Diagnostics));
            var after = TestSite.Snapshot(site.Output);
            TestSite.AssertSameFiles(CleanBuildOf(site), after);

            // Exactly the files whose bytes changed were written; the others kept their times.
            var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).ToHashSet();
            var rewritten = Times(site).Where(t => !times.TryGetValue(t.Key, out var old) || old != t.Value).Select(t => t.Key).ToHashSet();
            Assert.True(changed.SetEquals(rewritten), $"{what}: changed [{string.Join(", ", changed.Order())}] but rewrote [{string.Join(", ", rewritten.Order())}]");
            Assert.Equal(changed.Count, result.Stats.Written);
            Assert.NotEmpty(changed);
        }

        // A body edit renders a handful of pages, not the site.
        clock.Edit(site, "content/articles/a007.md", "---\ntitle: Article 007\ndate: 2024-01-08\ntags: [Economy, Markets]\n---\nAn edited body.\n");
        var one = site.Build();
        Assert.InRange(one.Stats.Rendered, 1, all / 3);
        site.AssertFile("_site/articles/a007/index.html", "An edited body.");
    }

    [Fact]
    public void A_body_edit_makes_again_only_the_pages_that_showed_something_of_the_body()
    {
        // The default theme's cards show reading time (through include_cached), so a body edit
        // that keeps the minutes changes only the article's own page and the full-text feed.
        using var site = TestSite.Create(Files);
        var clock = new Clock();
        clock.Age(site);
        Assert.True(site.Build().Succeeded);
        clock.Edit(site, "content/articles/a007.md", "---\ntitle: Article 007\ndate: 2024-01-08\ntags: [Economy, Markets]\n---\nAn edited body of seven.\n");
        var kept = site.Build();
        Assert.True(kept.Succeeded);
        Assert.Equal(2, kept.Stats.Rendered);
        Assert.Equal(2, kept.Stats.Written);
        TestSite.AssertSameFiles(CleanBuildOf(site), TestSite.Snapshot(site.Output));

        // A theme whose list shows bodies: the home page reads content and word count of the
        // articles it lists, directly and through a cached partial, so the same kind of edit
        // makes it again.
        clock.Edit(site, "templates/home.html", "{{ for item in pager.items }}<p>{{ item.title }}: {{ item.word_count }} words</p>{{ include_cached 'partials/body.html' item }}{{ end }}\n");
        clock.Edit(site, "templates/partials/body.html", "<div>{{ item.content }}</div>\n");
        Assert.True(site.Build().Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        clock.Edit(site, "content/articles/a012.md", "---\ntitle: Article 012\ndate: 2024-01-13\ntags: [Economy, Markets]\n---\nTwelve, now at greater length.\n");
        var shown = site.Build();
        Assert.True(shown.Succeeded);
        var after = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("Article 012: 5 words", after, StringComparison.Ordinal);
        Assert.Contains("Twelve, now at greater length.", after, StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        TestSite.AssertSameFiles(CleanBuildOf(site), TestSite.Snapshot(site.Output));

        // An article on the second home page is not on the first: the first is kept.
        var homeTime = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html"));
        clock.Edit(site, "content/articles/a001.md", "---\ntitle: Article 001\ndate: 2024-01-02\ntags: [Economy, Markets]\n---\nOne, edited.\n");
        Assert.True(site.Build().Succeeded);
        Assert.Equal(homeTime, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html")));
        TestSite.AssertSameFiles(CleanBuildOf(site), TestSite.Snapshot(site.Output));
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_skips_the_work_and_repeats_the_warnings()
    {
        using var site = TestSite.Create(Files.Replace("paginate: 3", "paginat: 3", StringComparison.Ordinal));
        new Clock().Age(site);
        var first = site.Build();
        Assert.True(first.Succeeded);
        Assert.NotEmpty(first.Diagnostics);

        var second = site.Build();
        Assert.Equal(["unchanged"], second.Stats.Stages.Select(s => s.Stage));
        Assert.Equal(0, second.Stats.Written);
        Assert.Equal(first.Stats.Files, second.Stats.Files);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_rebuild_finds_the_same_articles_as_a_clean_build_in_subfolders_and_through_a_linked_articles_folder(bool linked)
    {
        // A rebuild takes its list of articles from the listing the build stamp made of content/
        // (a linked articles folder is listed again on its own).
        using var site = TestSite.Create(Files + "\n" + """
            -- content/articles/2024/deep.md --
            ---
            title: Deep
            date: 2024-02-01
            ---
            In a subfolder.
            -- content/articles/_drafts/skip.md --
            ---
            title: Skipped
            date: 2024-02-02
            ---
            Not an article.
            -- content/articles/.hidden/skip.md --
            ---
            title: Hidden
            date: 2024-02-03
            ---
            Not an article either.
            """);
        if (linked)
        {
            var articles = Path.Combine(site.Root, "content", "articles");
            var elsewhere = Path.Combine(site.Root, "elsewhere");
            Directory.Move(articles, elsewhere);
            Directory.CreateSymbolicLink(articles, elsewhere);
        }

        var clock = new Clock();
        clock.Age(site);
        site.Build();
        clock.Edit(site, "content/articles/2024/deep.md", "---\ntitle: Deeper\ndate: 2024-02-01\n---\nEdited.\n");
        var rebuilt = site.Build();
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal(16, rebuilt.Stats.Articles);
        Assert.True(site.Exists("_site/articles/deep/index.html"));
        Assert.False(site.Exists("_site/articles/skip/index.html"));
        TestSite.AssertSameFiles(CleanBuildOf(site), TestSite.Snapshot(site.Output));
    }

    [Fact]
    public void An_output_file_deleted_or_changed_by_hand_is_made_again()
    {
        using var site = TestSite.Create(Files);
        new Clock().Age(site);
        site.Build();
        var expected = TestSite.Snapshot(site.Output);
        File.Delete(Path.Combine(site.Output, "tags", "economy", "index.html"));
        File.WriteAllText(Path.Combine(site.Output, "articles", "a002", "index.html"), "vandalised");

        var result = site.Build();
        Assert.Equal(2, result.Stats.Written);
        TestSite.AssertSameFiles(expected, TestSite.Snapshot(site.Output));
    }

    [Fact]
    public void Damaged_foreign_or_deleted_caches_are_never_trusted()
    {
        using var site = TestSite.Create(Files);
        var clock = new Clock();
        clock.Age(site);
        site.Build();
        var cache = Path.Combine(site.Root, ".gazette-cache");
        Assert.True(File.Exists(Path.Combine(cache, "articles.cache")));
        Assert.True(File.Exists(Path.Combine(cache, "related.cache")));
        Assert.True(File.Exists(Path.Combine(cache, "build.stamp")));
        Assert.Single(Directory.GetFiles(cache, "output-*.manifest"));

        // Garbage in every cache file, then an edit: the build must not trust any of it.
        foreach (var file in Directory.GetFiles(cache))
        {
            File.WriteAllBytes(file, [1, 2, 3, 0, 255, 7]);
        }

        clock.Edit(site, "content/articles/a004.md", "---\ntitle: Article 004\ndate: 2024-01-05\ntags: [Economy]\n---\nChanged after the damage.\n");
        Assert.True(site.Build().Succeeded);
        TestSite.AssertSameFiles(CleanBuildOf(site), TestSite.Snapshot(site.Output));

        // No cache at all is always safe, and writes nothing when nothing changed.
        Directory.Delete(cache, recursive: true);
        Assert.Equal(0, site.Build().Stats.Written);
        TestSite.AssertSameFiles(CleanBuildOf(site), TestSite.Snapshot(site.Output));
    }

    [Fact]
    public void A_file_edited_within_the_racy_window_is_read_again_even_with_the_same_size_and_time()
    {
        using var site = TestSite.Create(Files);
        var path = Path.Combine(site.Root, "content", "articles", "a006.md");
        site.Build();
        var time = File.GetLastWriteTimeUtc(path);

        // Same length, same modification time, different bytes: only a fresh read can tell.
        site.Write("content/articles/a006.md", File.ReadAllText(path).Replace("Body of article 6.", "Body of article X.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        site.Build();
        site.AssertFile("_site/articles/a006/index.html", "Body of article X.");
    }
}
