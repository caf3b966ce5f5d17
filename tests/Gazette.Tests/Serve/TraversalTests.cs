namespace Gazette.Tests.Serve;

/// <summary>No request path, however encoded, reaches a file outside serve's output folder.</summary>
public sealed class TraversalTests
{
    private const string Secret = "TOP-SECRET-CONTENT";

    public static TheoryData<string> BasePaths => ["/gazette/", "/"];

    [Theory]
    [MemberData(nameof(BasePaths))]
    public async Task Every_traversal_form_gets_400_or_404_and_never_the_file(string basePath)
    {
        await using var served = await ServedSite.StartAsync(ServeTests.Files.Replace("https://x.github.io/gazette/", "https://x.github.io" + basePath, StringComparison.Ordinal));

        // Secrets beside the output folder, in every folder above it up to the site, and in the site itself.
        var secrets = new List<string>();
        for (var dir = Path.GetDirectoryName(served.OutputDir)!; dir.Length >= served.Site.Root.Length; dir = Path.GetDirectoryName(dir)!)
        {
            var secret = Path.Combine(dir, "secret.txt");
            File.WriteAllText(secret, Secret);
            secrets.Add(secret);
        }

        Assert.Equal(3, secrets.Count);
        var b = basePath;
        string[] attempts =
        [
            $"{b}../secret.txt",
            $"{b}../../secret.txt",
            $"{b}../../../secret.txt",
            $"{b}articles/../../../../secret.txt",
            $"{b}%2e%2e/%2e%2e/%2e%2e/secret.txt",
            $"{b}%2E%2E/%2E%2E/%2E%2E/secret.txt",
            $"{b}.%2e/.%2e/.%2e/secret.txt",
            $"{b}..%2f..%2f..%2fsecret.txt",
            $"{b}..%2F..%2F..%2Fsecret.txt",
            $"{b}%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt",
            $"{b}..\\..\\..\\secret.txt",
            $"{b}..%5c..%5c..%5csecret.txt",
            $"{b}%252e%252e/%252e%252e/%252e%252e/secret.txt",
            $"{b}{secrets[0]}",
            $"{b}{secrets[0].TrimStart('/')}",
            $"{b}{Uri.EscapeDataString(secrets[0])}",
            $"/{secrets[0]}",
            $"{b}C:/secret.txt",
            $"{b}secret.txt%00.html",
            $"{b}./secret.txt",
            $"http://127.0.0.1{b}../../../secret.txt",
        ];
        foreach (var attempt in attempts)
        {
            var (status, response) = await served.RawGetAsync(attempt);
            Assert.True(status is 400 or 404, $"{attempt} answered {status}");
            Assert.DoesNotContain(Secret, response);
        }

        // The same file inside the output folder is served: the guard is not just refusing everything.
        File.WriteAllText(Path.Combine(served.OutputDir, "inside.txt"), "inside");
        Assert.Equal(200, (await served.RawGetAsync($"{b}inside.txt")).Status);
    }
}
