using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gazette.Tests.Infrastructure;

namespace Gazette.Tests.Serve;

[Collection(nameof(ConsoleCollection))]
public sealed class ServeCommandTests
{
    [Fact]
    public void A_taken_port_is_a_clear_error_with_exit_code_2()
    {
        using var site = TestSite.Create(ServeTests.Files);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, err) = CliRunner.Run("serve", "--site", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, code);
        Assert.Equal($"gazette: port {port} on 127.0.0.1 is in use; try --port {port + 1}", err.Trim());
    }

    [Theory]
    [InlineData("--host", "example.org")]
    [InlineData("--port", "70000")]
    public void A_bad_address_is_a_usage_error(string option, string value)
    {
        using var site = TestSite.Create(ServeTests.Files);
        var (code, output, error) = CliRunner.Run("serve", "--site", site.Root, option, value);
        Assert.Equal(2, code);

        // Usage errors go to stderr, so that JSON on stdout stays clean.
        Assert.Contains(option, error);
        Assert.DoesNotContain(option, output);
    }

    [Fact]
    public async Task Ctrl_C_stops_the_server_cleanly_with_exit_code_0()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("sends SIGINT with kill(1), which Windows lacks");
        }

        using var site = TestSite.Create(ServeTests.Files);
        using var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "gazette.dll"), "serve", "--site", site.Root, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            var url = await ServedSite.AnnouncedUrl(process);
            using (var http = new HttpClient())
            {
                Assert.Contains("First story", await http.GetStringAsync(url, TestContext.Current.CancellationToken));
            }

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(ServedSite.Patience, TestContext.Current.CancellationToken);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}
