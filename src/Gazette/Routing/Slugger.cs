using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Gazette.Routing;

/// <summary>
/// Turns names and titles into URL segments: Latin letters folded to ASCII by table
/// (<c>José Álvarez</c> → <c>jose-alvarez</c>, <c>Straße</c> → <c>strasse</c>), apostrophes dropped
/// (<c>Einstein's</c> → <c>einsteins</c>), other letters and digits kept in lower case, and every
/// run of anything else one hyphen. Used for article, tag and person URLs alike.
/// </summary>
public static class Slugger
{
    /// <summary>The slug of <paramref name="text"/>, cut at a word to <paramref name="maxLength"/> (0: no limit); empty when it has no letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Slugify(string text, int maxLength = 0)
    {
        var builder = new StringBuilder(maxLength > 0 ? Math.Min(text.Length, maxLength * 2) : text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (c is '\'' or '’' or 'ʼ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(c);
            if (folded is null)
            {
                pendingHyphen = builder.Length > 0;
                if (maxLength > 0 && builder.Length > maxLength)
                {
                    break; // enough to cut at a word: the rest of a long title cannot matter
                }

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

    /// <summary>True when <paramref name="text"/> is already a slug.</summary>
    public static bool IsSlug(string text) => text.Length > 0 && Slugify(text) == text;

    // The last hyphen that keeps the slug within the limit; a single overlong word is cut hard.
    private static string CutAtWord(string slug, int maxLength)
    {
        var cut = slug.LastIndexOf('-', maxLength);
        return cut > 0 ? slug[..cut] : slug[..maxLength];
    }

    private static string? Fold(char c)
    {
        if (c < 128 || c is >= '\u00C0' and <= '\u017F' || AsciiFolding.Fold(c) is not null)
        {
            return AsciiFolding.Fold(c);
        }

        // Beyond the table: a decomposable Latin letter keeps its base letter; other scripts'
        // letters and digits stay as they are (lower case), so a Cyrillic or Greek name still has a URL.
        if (!char.IsLetterOrDigit(c))
        {
            return null;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed[0] < 128 ? AsciiFolding.Fold(decomposed[0]) : char.ToLowerInvariant(c).ToString();
    }
}
