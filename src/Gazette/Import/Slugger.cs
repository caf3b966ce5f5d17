using System.Text;

namespace Gazette.Import;

/// <summary>
/// Makes URL slugs: Unicode folded to ASCII ("José Álvarez" → <c>jose-alvarez</c>), lower case,
/// words joined by hyphens, apostrophes dropped ("women's" → <c>womens</c>), cut at a word.
/// </summary>
internal static class Slugger
{
    /// <summary>The longest slug the importer writes.</summary>
    public const int MaxLength = 80;

    /// <summary>The slug of <paramref name="text"/>; empty when it has no letters or digits.</summary>
    public static string Slugify(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength * 2));
        bool pendingHyphen = false;
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u02BC')
            {
                continue;
            }

            string? folded = Fold(c);
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

        return Cut(builder.ToString(), maxLength);
    }

    // Cuts at the last hyphen that keeps the slug within the limit (a single overlong word is cut hard).
    private static string Cut(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        int hyphen = slug.LastIndexOf('-', maxLength);
        return hyphen > 0 ? slug[..hyphen] : slug[..maxLength];
    }

    // ASCII for a letter or digit (letters that do not decompose spelled out), null for a separator.
    private static string? Fold(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return char.ToLowerInvariant(c).ToString();
        }

        return c switch
        {
            'ß' => "ss",
            'æ' or 'Æ' => "ae",
            'œ' or 'Œ' => "oe",
            'ø' or 'Ø' => "o",
            'ł' or 'Ł' => "l",
            'đ' or 'Đ' or 'ð' or 'Ð' => "d",
            'þ' or 'Þ' => "th",
            'ı' => "i",
            'ħ' or 'Ħ' => "h",
            'ŋ' or 'Ŋ' => "n",
            _ => null,
        };
    }
}
