using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Gazette.Import;

/// <summary>
/// Recognises a line that is only a date, as news sites print them: <c>Published 14 March 2023</c>,
/// <c>Tuesday, March 14, 2023 9:41am</c>, <c>28/02/2023 09:41</c> (day first, as in Britain and
/// Europe), <c>2023-02-28T09:41:00Z</c>.
/// </summary>
internal static partial class DatelineParser
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Reads the date of a dateline; false when the line is anything more than a date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(string line, out DateOnly date)
    {
        date = default;
        if (line.Length > 80)
        {
            return false;
        }

        var m = Dateline().Match(line);
        if (!m.Success)
        {
            return false;
        }

        int day, month, year;
        if (m.Groups["iy"].Success)
        {
            (year, month, day) = (Int(m, "iy"), Int(m, "im"), Int(m, "id"));
        }
        else if (m.Groups["ny"].Success)
        {
            (year, month, day) = (Int(m, "ny"), Int(m, "nm"), Int(m, "nd"));
        }
        else
        {
            var monthName = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
            month = Array.IndexOf(Months, monthName[..3].ToLowerInvariant()) + 1;
            day = Int(m, m.Groups["d1"].Success ? "d1" : "d2");
            year = Int(m, m.Groups["y1"].Success ? "y1" : "y2");
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private const string Month =
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(
        @"^(?:(?:first\s+)?published|(?:last\s+)?updated|(?:last\s+)?modified|posted|date|dated)?\s*:?\s*(?:on\s+)?" +
        @"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?" +
        @"(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?" +
        @"|(?<nd>\d{1,2})[/.\-](?<nm>\d{1,2})[/.\-](?<ny>\d{4})" +
        @"|(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?<m1>" + Month + @")\.?,?\s+(?<y1>\d{4})" +
        @"|(?<m2>" + Month + @")\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y2>\d{4}))" +
        @"(?:\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm)?)?" +
        @"(?:\s*(?:Z|GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|[+\-]\d{2}:?\d{2}))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Dateline();
}
