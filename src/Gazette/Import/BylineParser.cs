using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Gazette.Import;

/// <summary>
/// Recognises a byline (<c>By Eleanor Whitcombe</c>, <c>By Rajesh Menon, Technology Reporter</c>)
/// and returns the author's name without "By" or the job title after the comma.
/// </summary>
internal static partial class BylineParser
{
    /// <summary>The author named by <paramref name="line"/>, or null when it is not a byline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Author(string line)
    {
        if (line.Length > 120)
        {
            return null;
        }

        var m = Byline().Match(line);
        return m.Success ? FromCapitals(m.Groups["name"].Value) : null;
    }

    // "By JOHN SMITH" (agency style) gives "John Smith".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string FromCapitals(string name)
    {
        // Words in capitals throughout; small connecting words ("and", "von") may stay small.
        var words = name.Split(' ');
        bool capitals = !words.Any(static w => w.Any(char.IsUpper) && w.Any(char.IsLower)) && words.Any(static w => w.Count(char.IsUpper) > 1);
        if (!capitals)
        {
            return name;
        }

        return TextUtil.CapitalsToTitleCase(name);
    }

    // Up to six capitalised words (particles and "and" allowed between them), then optionally a
    // comma, a dash or a bar and whatever title or date follows.
    [GeneratedRegex(
        @"^(?:By|BY|Written by|Words by|Reporting by|Report by)\s+" +
        @"(?<name>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:and|de|da|di|du|van|von|der|den|del|della|le|la|bin|ibn|al)\s+){0,3}\p{Lu}[\p{L}\p{M}'’.\-]*){0,5})" +
        @"\s*(?:(?:,|\||-|–|—)\s*.*)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Byline();
}
