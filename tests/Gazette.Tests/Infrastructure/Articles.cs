using System.Globalization;
using System.Text;

namespace Gazette.Tests.Infrastructure;

/// <summary>Generates txtar for many small articles, for pagination and ordering tests.</summary>
internal static class Articles
{
    public static string Many(int count, string tags = "[economy]")
    {
        var text = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var date = new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"-- content/articles/a{i:D3}.md --\n---\ntitle: Article {i:D3}\ndate: {date}\ntags: {tags}\n---\nBody of article {i}.\n");
        }

        return text.ToString();
    }
}
