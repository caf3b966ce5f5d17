using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Slugify(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength * 2));
        bool pendingHyphen = false;
        foreach (char c in text)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u02BC')
            {
                continue;
            }

            string? folded = AsciiFolding.Fold(c);
            if (folded is null)
            {
                pendingHyphen = builder.Length > 0;
                if (builder.Length > maxLength)
                {
                    // Enough to cut at a word; the rest of a long title cannot matter.
                    break;
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

        return Cut(builder.ToString(), maxLength);
    }

    // Cuts at the last hyphen that keeps the slug within the limit (a single overlong word is cut hard).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Cut(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        int hyphen = slug.LastIndexOf('-', maxLength);
        return hyphen > 0 ? slug[..hyphen] : slug[..maxLength];
    }
}
