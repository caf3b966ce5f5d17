using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Gazette.Import;

/// <summary>
/// Tags an article with its section, the countries and major cities it names (demonyms count:
/// "Russian" → russia; names inside a person's name do not: Jordan Henley is not Jordan) and the
/// site's <c>import.tag_rules</c>. Tags are lower case, sorted and distinct.
/// </summary>
internal static class TagExtractor
{
    private static readonly ConditionalWeakTable<ImportOptions, (string Tag, Regex Pattern)[]> RuleCache = [];

    /// <summary>The tags for an article whose people have already been found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<string> Extract(string? section, IReadOnlyList<TextSegment> segments, ImportOptions options)
    {
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(section))
        {
            tags.Add(section.Trim().ToLowerInvariant());
        }

        foreach (var segment in segments)
        {
            AddPlaces(segment, tags);
        }

        foreach (var (tag, pattern) in Rules(options))
        {
            if (!tags.Contains(tag) && segments.Any(s => Matches(pattern, s.Text)))
            {
                tags.Add(tag);
            }
        }

        return [.. tags];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddPlaces(TextSegment segment, SortedSet<string> tags)
    {
        var tokens = segment.Tokens;
        if (segment.IsProse && tokens.Count > 1 && tokens[0].Has(TokenFlags.AllCaps))
        {
            AddDateline(segment, tags);
        }

        int mention = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            while (mention < segment.Mentions.Count && segment.Mentions[mention].LastToken < i)
            {
                mention++;
            }

            if (mention < segment.Mentions.Count && segment.Mentions[mention].FirstToken <= i || !tokens[i].Has(TokenFlags.Capitalised))
            {
                continue;
            }

            // Longest name first: "New York City" before "New York".
            for (int n = Math.Min(Gazetteer.MaxWords, tokens.Count - i); n >= 1; n--)
            {
                int last = i + n - 1;
                if (n > 1 && !SpacedRun(segment, i, last))
                {
                    continue;
                }

                var name = segment.Text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
                if (!Gazetteer.TryGet(name, out var place) && n == 1 && name.IndexOf('-') is > 0 and var hyphen)
                {
                    // "Stuttgart-based".
                    Gazetteer.TryGet(name[..hyphen], out place);
                }

                if (place is not null)
                {
                    if (place.Tag is { } tag)
                    {
                        tags.Add(tag);
                    }

                    i = last;
                    break;
                }
            }
        }
    }

    // Agency datelines: "LONDON, March 3 (Reuters) -", "WASHINGTON (AP) —", "NEW YORK -".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddDateline(TextSegment segment, SortedSet<string> tags)
    {
        int last = 0;
        while (last + 1 < segment.Tokens.Count && last < Gazetteer.MaxWords - 1 && segment.Tokens[last + 1].Has(TokenFlags.AllCaps) && segment.GapBefore(last + 1) is " ")
        {
            last++;
        }

        var after = segment.GapBefore(last + 1 < segment.Tokens.Count ? last + 1 : last).TrimStart();
        if (after.Length == 0 || after[0] is not (',' or '(' or '-' or '\u2013' or '\u2014' or ':'))
        {
            return;
        }

        int start = segment.Tokens[0].Start;
        string name = TextUtil.CapitalsToTitleCase(segment.Text.AsSpan(start, segment.Tokens[last].End - start));
        if (Gazetteer.TryGet(name, out var place) && place.Tag is { } tag)
        {
            tags.Add(tag);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SpacedRun(TextSegment segment, int first, int last)
    {
        for (int k = first + 1; k <= last; k++)
        {
            if (segment.GapBefore(k) is not " " || segment.Tokens[k - 1].Has(TokenFlags.Possessive))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // One pattern per tag, whole words, ignoring case; compiled once per options instance.
    private static (string Tag, Regex Pattern)[] Rules(ImportOptions options) =>
        options.TagRules.Count == 0 ? [] : RuleCache.GetValue(options, static o => o.TagRules
            .Where(static r => !string.IsNullOrWhiteSpace(r.Key) && r.Value is not null && r.Value.Any(static p => !string.IsNullOrWhiteSpace(p)))
            .OrderBy(static r => r.Key, StringComparer.Ordinal)
            .Select(static r => (r.Key.Trim().ToLowerInvariant(), new Regex(
                @"(?<!\w)(?:" + string.Join('|', r.Value.Where(static p => !string.IsNullOrWhiteSpace(p)).Select(static p => Regex.Escape(p.Trim()))) + @")(?!\w)",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))))
            .ToArray());
}
