using System.Globalization;

namespace Gazette.Scaffolding;

/// <summary>The text files of a new site. The comments are the first documentation a new user reads.</summary>
internal static class ScaffoldText
{
    public static string SiteYml(string title) => $$"""
        # site.yml: the site's configuration. Every key is optional; a key left out takes the
        # default given in its comment. An unknown key is a warning, a bad value an error at its line.

        # Site name, shown in page titles, the masthead and the feeds.
        title: {{Quoted(title)}}
        # One line about the site: the home page's meta description and the feed subtitle.
        description: "News articles, browsable by tag and by person."
        # Absolute URL the site is published at, ending in '/'; every internal link starts with its path.
        # A GitHub Pages project site is https://USER.github.io/REPO/ (links start with /REPO/), a user
        # site https://USER.github.io/, a custom domain https://news.example.org/ (see cname below).
        # 'gazette build --base-url URL' overrides it, as the GitHub Pages workflow does.
        base_url: "http://localhost:4000/"
        # Language of the content as a BCP 47 tag (en, en-GB, fr…), for <html lang> and the feeds. Default: en.
        language: en
        # Articles per page on the home page and on tag and person pages. Default: 20.
        paginate: 20
        # The site's author: the feeds' author and the default author in page metadata.
        author: "Newsroom"
        # Atom feeds for the site, each tag and each person: true, false, or entries per feed. Default: true (20).
        feeds: true
        # Folder the site is built into. Never the site folder, content/ or templates/. Default: _site.
        output: _site
        # Articles (articles/**/*.md and raw *.txt), people.yml and static/ (copied as is). Default: content.
        content_dir: content
        # Templates overriding the built-in theme file by file. 'gazette new' copied the whole
        # theme here to edit; delete a file to fall back to the built-in one. Default: templates.
        templates_dir: templates
        # How readers browse besides the home page and the archive: each taxonomy is a front matter
        # list with an index page and a page per term. Default: [tags, people].
        taxonomies: [tags, people]
        # A custom domain for GitHub Pages: written to the CNAME file. Make base_url match it.
        # cname: news.example.org
        markdown:
          # Curly quotes and dashes from straight ones. Default: false, so quotes stay as written.
          smart_punctuation: false
        # Rules for raw .txt articles, whether converted by 'gazette import' or built directly.
        import:
          # Phrases, or /regular expressions/, removed from raw text (newsletter prompts, adverts).
          boilerplate: ["Sign up to our newsletter", "/^Advertisement$/"]
          # Section labels a raw article may start with.
          sections: [World News, Politics, Business, Sport]
          # Tags implied by phrases in the text: tag → phrases.
          tag_rules: {economy: [inflation, interest rates]}

        """;

    public static string Article(DateOnly today) => $$"""
        ---
        # Front matter: YAML between the '---' lines. title and date are required.
        title: "Welcome to your new Gazette site"
        # YYYY-MM-DD, or ISO 8601 with a time such as 2024-05-01T09:30:00Z.
        date: {{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
        subtitle: "This example article shows every front matter key"
        section: Newsroom
        # For lists, feeds and search engines; one or two sentences.
        summary: "Edit or delete this article, then add your own to content/articles/."
        author: Newsroom
        # A name, a URL, or both.
        source: {name: Gazette, url: "https://example.org/"}
        # Each tag gets a page at /tags/<tag>/.
        tags: [getting started, newsroom]
        # Names or aliases from content/people.yml; each person gets a page at /people/<person>/.
        people: [Fernandes]
        quotes:
          - {person: Maria Fernandes, text: "Write the story; Gazette builds the site around it."}
        # The URL segment; by default the file name.
        slug: welcome-to-gazette
        # 'draft: true' keeps an article out of the site unless you build with --drafts.
        draft: false
        ---
        The body is [Markdown](https://commonmark.org/): **bold**, *italic*, lists, tables and footnotes.

        A link to another article's file, such as `[see](other-article.md)`, becomes that article's
        URL, and a link starting with `/`, such as [all tags](/tags/), gets the site's base path.

        > "Write the story; Gazette builds the site around it," said Maria Fernandes.

        Raw text articles can be converted with `gazette import raw/`, and `gazette check` finds
        broken links and other problems without writing anything.

        """;

    public const string PeopleYml = """
        # The person registry. A front matter name that equals a name or an alias (ignoring case)
        # is that person, so 'Fernandes' and 'Maria Fernandes' lead to one page. A name in no
        # entry is a person of their own, with a page but no role or bio.
        - name: Maria Fernandes
          aliases: [Fernandes]
          role: Editor
          bio: Maria Fernandes is an example person; edit or remove her in content/people.yml.
          links:
            - {title: Website, url: "https://example.org/"}

        """;

    public const string GitIgnore = """
        # Gazette's output and its cache between builds (always safe to delete).
        _site/
        .gazette-cache/

        """;

    // A YAML double-quoted scalar: the title comes from a folder name, which may hold anything.
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
