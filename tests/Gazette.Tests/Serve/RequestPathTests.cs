using Gazette.Cli.Serve;

namespace Gazette.Tests.Serve;

public sealed class RequestPathTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gazette-tests", Guid.NewGuid().ToString("N"), "out");

    public RequestPathTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "tags", "a b"));
        File.WriteAllText(Path.Combine(_root, "index.html"), "home");
        File.WriteAllText(Path.Combine(_root, "about.html"), "about");
        File.WriteAllText(Path.Combine(_root, "tags", "a b", "index.html"), "tag");
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/repo/tags/a%20b/?page=2", "/repo/tags/a b/")]
    [InlineData("/repo/caf%C3%A9/", "/repo/café/")]
    [InlineData("/repo/%252e%252e/", "/repo/%2e%2e/")]
    [InlineData("http://localhost:4000/repo/x", "/repo/x")]
    public void Decodes_ordinary_paths(string raw, string expected) => Assert.Equal(expected, RequestPath.Decode(raw));

    [Theory]
    [InlineData("/repo/../x")]
    [InlineData("/repo/./x")]
    [InlineData("/repo/%2e%2e/x")]
    [InlineData("/repo/%2E./x")]
    [InlineData("/repo/..%2fx")]
    [InlineData("/repo/a%2Fb")]
    [InlineData("/repo/a%5cb")]
    [InlineData("/repo/a\\b")]
    [InlineData("/repo/a%00")]
    [InlineData("/repo/a%0a")]
    [InlineData("//etc/passwd")]
    [InlineData("/repo//etc/passwd")]
    [InlineData("/repo/C:/windows")]
    [InlineData("*")]
    [InlineData("ftp://host/repo/")]
    public void Refuses_hostile_paths(string raw) => Assert.Null(RequestPath.Decode(raw));

    [Fact]
    public void Resolves_like_github_pages()
    {
        Assert.Equal(new RequestPath.Resolution(RequestPath.Kind.Redirect, "/repo/"), RequestPath.Resolve(_root, "/repo/", "/"));
        Assert.Equal(new RequestPath.Resolution(RequestPath.Kind.Redirect, "/repo/"), RequestPath.Resolve(_root, "/repo/", "/repo"));
        Assert.Equal(new RequestPath.Resolution(RequestPath.Kind.File, Path.Combine(_root, "index.html")), RequestPath.Resolve(_root, "/repo/", "/repo/"));
        Assert.Equal(new RequestPath.Resolution(RequestPath.Kind.Redirect, "/repo/tags/a%20b/", Permanent: true), RequestPath.Resolve(_root, "/repo/", "/repo/tags/a b"));
        Assert.Equal(RequestPath.Kind.File, RequestPath.Resolve(_root, "/repo/", "/repo/tags/a b/").Kind);
        Assert.Equal(new RequestPath.Resolution(RequestPath.Kind.File, Path.Combine(_root, "about.html")), RequestPath.Resolve(_root, "/repo/", "/repo/about"));
        Assert.Equal(RequestPath.Kind.NotFound, RequestPath.Resolve(_root, "/repo/", "/repo/tags/").Kind);
        Assert.Equal(RequestPath.Kind.NotFound, RequestPath.Resolve(_root, "/repo/", "/other/index.html").Kind);
        Assert.Equal(RequestPath.Kind.File, RequestPath.Resolve(_root, "/", "/").Kind);
    }

    [Fact]
    public void The_prefix_check_catches_what_decoding_lets_through()
    {
        // Decode never yields these, but Resolve must stay safe on its own.
        Assert.Equal(RequestPath.Kind.NotFound, RequestPath.Resolve(_root, "/", "/../index.html").Kind);
        Assert.Equal(RequestPath.Kind.NotFound, RequestPath.Resolve(_root, "/", "//etc/passwd").Kind);
        Assert.Equal(RequestPath.Kind.NotFound, RequestPath.Resolve(_root, "/repo/", "/repo/../../etc/passwd").Kind);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);
}
