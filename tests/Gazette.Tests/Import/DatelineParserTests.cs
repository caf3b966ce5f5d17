using Gazette.Import;

namespace Gazette.Tests.Import;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("Published 14 March 2023", "2023-03-14")]
    [InlineData("Published: 2 June 2022, 14:05", "2022-06-02")]
    [InlineData("28/02/2023 09:41", "2023-02-28")]
    [InlineData("05/11/2021", "2021-11-05")]
    [InlineData("1.4.2020", "2020-04-01")]
    [InlineData("2023-02-28", "2023-02-28")]
    [InlineData("2023-02-28T09:41:00Z", "2023-02-28")]
    [InlineData("Tuesday 14 March 2023 18.03 GMT", "2023-03-14")]
    [InlineData("Tue, 14 Mar 2023", "2023-03-14")]
    [InlineData("March 14, 2023", "2023-03-14")]
    [InlineData("Updated on Sept 3rd, 2019 at 9:41am", "2019-09-03")]
    [InlineData("1st January 2024", "2024-01-01")]
    public void Reads_datelines(string line, string expected)
    {
        Assert.True(DatelineParser.TryParse(line, out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("31/02/2023")]
    [InlineData("14 Smarch 2023")]
    [InlineData("Published in March 2023 after a long delay")]
    [InlineData("The vote on 14 March 2023 was close")]
    [InlineData("13/13/2023")]
    [InlineData("")]
    public void Refuses_what_is_not_just_a_date(string line)
    {
        Assert.False(DatelineParser.TryParse(line, out _));
    }

    [Theory]
    [InlineData("By Eleanor Whitcombe", "Eleanor Whitcombe")]
    [InlineData("By Rajesh Menon, Technology Reporter", "Rajesh Menon")]
    [InlineData("By Ursula von der Leyen | 3 May 2022", "Ursula von der Leyen")]
    [InlineData("Written by Mary O'Neill", "Mary O'Neill")]
    public void Reads_bylines(string line, string author)
    {
        Assert.Equal(author, BylineParser.Author(line));
    }

    [Theory]
    [InlineData("By changing that number, he could load any account")]
    [InlineData("Bypass plans were dropped")]
    public void Refuses_sentences_that_start_with_by(string line)
    {
        Assert.Null(BylineParser.Author(line));
    }
}
