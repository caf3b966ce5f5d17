using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Site;

/// <summary>
/// The deploy-branch alternative of docs/deploy.md: the output folder is a checkout of the
/// gh-pages branch, and a build replaces the site's files but never git's.
/// </summary>
public sealed class DeployBranchTests
{
    private const string Site = "-- content/articles/a.md --\n---\ntitle: A\ndate: 2024-01-01\n---\nx\n";

    [Fact]
    public void A_git_folder_in_the_output_survives_a_build()
    {
        using var site = TestSite.Create(Site);
        site.Write("_site/.git/HEAD", "ref: refs/heads/gh-pages\n");
        site.Write("_site/stale.html", "old");
        site.Build();
        Assert.Equal("ref: refs/heads/gh-pages\n", site.Read("_site/.git/HEAD"));
        Assert.False(site.Exists("_site/stale.html"));
        Assert.True(site.Exists("_site/index.html"));
    }

    [Fact]
    public void A_worktree_git_file_in_the_output_survives_a_build()
    {
        using var site = TestSite.Create(Site);
        site.Write("_site/.git", "gitdir: /repo/.git/worktrees/_site\n");
        site.Write("_site/stale.html", "old");
        site.Build();
        Assert.Equal("gitdir: /repo/.git/worktrees/_site\n", site.Read("_site/.git"));
        Assert.False(site.Exists("_site/stale.html"));
    }
}
