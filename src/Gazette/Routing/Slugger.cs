using System.Globalization;
using System.Text;

namespace Gazette.Routing;

/// <summary>
/// Turns names into URL segments: Unicode folded to ASCII (<c>José Álvarez</c> → <c>jose-alvarez</c>),
/// everything else that is not a letter or digit becomes one hyphen.
/// </summary>
public static class Slugger
{
    /// <summary>The slug of <paramref name="text"/>; empty when it has no letter or digit at all.</summary>
    public static string Slugify(string text, int maxLength = 0)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // "Einstein's" → "einsteins": an apostrophe joins a word, it does not split it.
            if (c is '\'' or '’')
            {
                continue;
            }

            var folded = Fold(c);
            if (folded is null)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(folded);
        }

        var slug = builder.ToString();
        return maxLength > 0 && slug.Length > maxLength ? CutAtWord(slug, maxLength) : slug;
    }

    /// <summary>True when <paramref name="text"/> is already a slug (lower-case ASCII letters, digits, single hyphens).</summary>
    public static bool IsSlug(string text) => text.Length > 0 && Slugify(text) == text;

    private static string CutAtWord(string slug, int maxLength)
    {
        var cut = slug.LastIndexOf('-', maxLength);
        return cut > 0 ? slug[..cut] : slug[..maxLength];
    }

    // Letters that do not decompose into base + mark still have a customary ASCII spelling.
    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => ((char)(c + 32)).ToString(),
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        _ when char.IsLetterOrDigit(c) && c > 127 => char.ToLowerInvariant(c).ToString(),
        _ => null,
    };
}
