using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Gazette.Import;

/// <summary>
/// Decides which lines and paragraphs of a raw article are scraped noise rather than the article:
/// newsletter sign-ups, "Advertisement", "READ MORE: …", "Related articles", share prompts, image
/// captions and credits, leftover link text. Built-in rules plus site.yml <c>import.boilerplate</c>
/// (a phrase removes any line or paragraph containing it, ignoring case; <c>/regex/</c> or
/// <c>/regex/i</c> removes what it matches).
/// </summary>
internal sealed partial class BoilerplateFilter
{
    private static readonly ConditionalWeakTable<ImportOptions, BoilerplateFilter> Cache = [];
    private static readonly BoilerplateFilter BuiltInOnly = new([]);

    private readonly string[] _phrases;
    private readonly Regex[] _patterns;

    private BoilerplateFilter(IReadOnlyList<string> rules)
    {
        var phrases = new List<string>();
        var patterns = new List<Regex>();
        // Configuration may hold empty entries (a bare "-" in YAML); they match nothing.
        foreach (string? rule in rules)
        {
            if (string.IsNullOrWhiteSpace(rule))
            {
                continue;
            }

            if (TryCompile(rule, out var regex))
            {
                patterns.Add(regex);
            }
            else
            {
                phrases.Add(TextUtil.CollapseSpaces(rule.Trim()));
            }
        }

        _phrases = [.. phrases];
        _patterns = [.. patterns];
    }

    /// <summary>The filter for <paramref name="options"/>, compiled once per options instance.</summary>
    public static BoilerplateFilter For(ImportOptions options) =>
        options.Boilerplate.Count == 0 ? BuiltInOnly : Cache.GetValue(options, static o => new BoilerplateFilter(o.Boilerplate));

    /// <summary>The rules that are written as <c>/regex/</c> but do not compile, for the config loader to report.</summary>
    public static IEnumerable<string> InvalidPatterns(IEnumerable<string> rules) =>
        rules.Where(static r => r is not null && LooksLikeRegex(r, out _, out _) && !TryCompile(r, out _));

    /// <summary>True when a single line (already trimmed and collapsed) is noise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsNoiseLine(string line) =>
        (MightBeNoise(line) && (NoiseLine().IsMatch(line) || NoisePrefix().IsMatch(line)
            || (line.Length <= MaxCaptionLength && CaptionCredit().IsMatch(line))))
        || MatchesUserRule(line);

    // The built-in rules only match lines that start with one of these words, start with "(" or end
    // with ")": one lookup spares the regular expressions nearly every line of prose.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoiseStarts = new[]
    {
        "advertisement", "advertising", "advert", "sponsored", "ad", "story", "continue", "related", "more", "most", "top", "you",
        "recommended", "trending", "share", "tweet", "email", "print", "copy", "comments", "comment", "view", "join", "click", "tap",
        "source", "read", "image", "media", "getty", "follow", "sign", "subscribe", "see", "also", "must", "don't", "don’t", "pictured",
        "picture", "photo", "photograph", "credit", "caption", "watch", "listen", "reporting", "writing", "editing", "compiled",
        "produced", "additional", "our", "copyright",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> SignUpWords = SearchValues.Create(["sign", "subscri", "newsletter"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> NoiseInside = SearchValues.Create(["contributed", "rights reserved"], StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MightBeNoise(string line)
    {
        if (line.Length == 0 || line[0] is '(' or '©' || line[^1] == ')')
        {
            return line.Length > 0;
        }

        if (line.Length <= 160 && line.AsSpan().IndexOfAny(NoiseInside) >= 0)
        {
            return true;
        }

        int end = 0;
        while (end < line.Length && (char.IsLetter(line[end]) || line[end] is '\'' or '\u2019'))
        {
            end++;
        }

        return NoiseStarts.Contains(line.AsSpan(0, end));
    }

    // A caption is a line or two; a long paragraph that happens to end in "(Photo: …)" is kept.
    private const int MaxCaptionLength = 300;

    /// <summary>
    /// True for a heading that introduces a list of links ("Related Topics", "More on this story"):
    /// the short lines after it are link text, not article.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsLinkListHeading(string line) => line.Length <= 40 && LinkListHeading().IsMatch(line);

    /// <summary>True when a whole paragraph (lines joined) is noise, such as a newsletter sign-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsNoiseParagraph(string paragraph) =>
        (paragraph.Length <= 600 && paragraph.AsSpan().IndexOfAny(SignUpWords) >= 0
            && SignUpAction().IsMatch(paragraph) && SignUpContext().IsMatch(paragraph)
            && paragraph.AsSpan().IndexOfAny('"', '\u201C') < 0)
        || MatchesUserRule(paragraph);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MatchesUserRule(string text)
    {
        foreach (string phrase in _phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var pattern in _patterns)
        {
            try
            {
                if (pattern.IsMatch(text))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological user pattern must not stop the import; treat it as no match.
            }
        }

        return false;
    }

    private static bool LooksLikeRegex(string rule, out string body, out string flags)
    {
        int last = rule.LastIndexOf('/');
        bool looks = rule.Length > 2 && rule[0] == '/' && last > 0 && rule[(last + 1)..].All(static c => c is 'i' or 'm' or 's' or 'x');
        body = looks ? rule[1..last] : "";
        flags = looks ? rule[(last + 1)..] : "";
        return looks;
    }

    private static bool TryCompile(string rule, out Regex regex)
    {
        regex = null!;
        if (!LooksLikeRegex(rule, out string body, out string flags))
        {
            return false;
        }

        var options = RegexOptions.CultureInvariant;
        options |= flags.Contains('i') ? RegexOptions.IgnoreCase : 0;
        options |= flags.Contains('m') ? RegexOptions.Multiline : 0;
        options |= flags.Contains('s') ? RegexOptions.Singleline : 0;
        options |= flags.Contains('x') ? RegexOptions.IgnorePatternWhitespace : 0;
        try
        {
            regex = new Regex(body, options, TimeSpan.FromMilliseconds(50));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(
        @"^(?:advertisement|advertising|advert|sponsored(?: content)?|ad feature|story continues(?: below| after)?(?: (?:the )?advert(?:isement)?)?" +
        @"|continue reading(?: below)?|related (?:articles?|stories|content|links|topics|coverage)|more on this (?:story|topic)|more stories|most (?:read|popular)" +
        @"|top stories|you may also like|recommended(?: for you)?|trending(?: now)?|share this (?:article|story|page|post)|share (?:on|via) \w+|share|tweet|email|print" +
        @"|copy link|comments?|view comments|join the conversation|click here(?: to [^.]{0,80})?|tap here(?: to [^.]{0,80})?|(?:source:\s*)?read (?:the )?full (?:article|story)" +
        @"|image caption|media caption|image source,? .{0,80}|getty images|follow us on .{0,60}|sign up(?: now| here| for free)?|subscribe(?: now| here| today)?)\s*[.!:]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoiseLine();

    [GeneratedRegex(
        @"^(?:related(?: articles?| stories| content| links| topics| coverage)?|more on this (?:story|topic)|more stories|most (?:read|popular)|top stories|you may also like|recommended(?: for you)?|read more|see also)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkListHeading();

    [GeneratedRegex(
        @"^(?:read more|more|related|see also|also read|must read|don't miss|don’t miss|pictured|picture|photo|photograph|image|credit|caption|watch|listen)\s*:\s*\S" +
        @"|^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by \S.{0,150}$" +
        @"|^follow (?:us|[\p{L}.&' ]{1,40}) on (?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky)\b.{0,80}$" +
        @"|^our standards:|^(?:copyright|©)\s.{0,120}$|^.{0,120}\ball rights reserved\.?$|^.{0,150}\bcontributed (?:to )?(?:this report|reporting)\.?\)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoisePrefix();

    // "(Image: Getty)", "Boris Johnson at the summit (Photo: PA)" and "Image copyright Reuters".
    [GeneratedRegex(
        @"\((?:image|photo|picture|pic|credit|photograph)s?\s*:[^()]{1,80}\)\s*$|^(?:image|photo|picture|media)\s+(?:copyright|source|caption)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"\b(?:sign(?:ing)?[- ]?up|subscribe|subscribing|register)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignUpAction();

    [GeneratedRegex(@"\b(?:unsubscribe|newsletters?|privacy (?:policy|notice)|consent(?:ed)?|inbox|email address|more info)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignUpContext();
}
