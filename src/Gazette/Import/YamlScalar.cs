using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Gazette.Import;

/// <summary>
/// Writes YAML double-quoted scalars. Every string is quoted, so no value can turn into a number,
/// a boolean, null, an anchor or a comment; <c>\</c> and <c>"</c> are escaped, and so is every
/// character YAML does not allow raw (controls, DEL, C1 controls, U+2028/2029, BOM, U+FFFE/FFFF).
/// A lone surrogate, which no UTF-8 file can hold, becomes U+FFFD.
/// </summary>
internal static class YamlScalar
{
    /// <summary>Appends <paramref name="value"/> as a double-quoted scalar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        builder.Append("\\uFFFD");
                    }
                    else if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
