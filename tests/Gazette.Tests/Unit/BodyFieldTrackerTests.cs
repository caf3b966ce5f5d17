using Gazette.Templates;

namespace Gazette.Tests.Unit;

public sealed class BodyFieldTrackerTests
{
    [Fact]
    public void A_listed_article_notes_each_body_member_read_and_nothing_else()
    {
        var article = new ArticleObject(() => "<p>Body</p>", 461, 8) { ["title"] = "T" };
        var outer = BodyFieldTracker.Begin();
        Assert.Equal("T", article["title"]);
        Assert.Equal(BodyFields.None, BodyFieldTracker.End(outer));

        outer = BodyFieldTracker.Begin();
        Assert.Equal(2, article["reading_time"]);
        Assert.Equal(BodyFields.ReadingTime, BodyFieldTracker.End(outer));

        outer = BodyFieldTracker.Begin();
        Assert.Equal("<p>Body</p>", article["content"]);
        Assert.Equal(461, article["word_count"]);
        Assert.Equal(BodyFields.Content | BodyFields.WordCount, BodyFieldTracker.End(outer));
    }

    [Fact]
    public void The_own_page_copy_notes_nothing_and_json_reads_members_by_name()
    {
        var listed = new ArticleObject(() => "<p>B</p>", 3, 8) { ["title"] = "T" };
        var own = listed.ForOwnPage(8);
        var outer = BodyFieldTracker.Begin();
        Assert.Equal("<p>B</p>", own["content"]);
        Assert.Equal(BodyFields.None, BodyFieldTracker.End(outer));

        // json sees the real values, not the store's placeholders, and the read is noted.
        outer = BodyFieldTracker.Begin();
        Assert.Equal("{\"content\":\"\\u003Cp\\u003EB\\u003C/p\\u003E\",\"reading_time\":1,\"title\":\"T\",\"word_count\":3}", GazetteFunctions.Json(listed));
        Assert.Equal(BodyFields.All, BodyFieldTracker.End(outer));
    }

    [Fact]
    public void An_inner_render_counts_for_the_outer_one_and_nothing_is_noted_outside_a_render()
    {
        BodyFieldTracker.Note(BodyFields.Content);
        var page = BodyFieldTracker.Begin();
        BodyFieldTracker.Note(BodyFields.WordCount);
        var partial = BodyFieldTracker.Begin();
        BodyFieldTracker.Note(BodyFields.ReadingTime);
        Assert.Equal(BodyFields.ReadingTime, BodyFieldTracker.End(partial));
        Assert.Equal(BodyFields.WordCount | BodyFields.ReadingTime, BodyFieldTracker.End(page));

        var next = BodyFieldTracker.Begin();
        Assert.Equal(BodyFields.None, BodyFieldTracker.End(next));
    }
}
