using BplBot.Tests.Infrastructure;
using BplBot.Tests.Network;

namespace BplBot.Tests.Hosting;

/// <summary>What an operator sees when the bot cannot start: one clear message, exit code 1, no stack trace.</summary>
public sealed class StartFailureTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task BadNetworkFile_StopsTheStart_WithEveryProblemNamed()
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-test-").FullName;
        var file = Path.Combine(folder, "network.json");
        await File.WriteAllTextAsync(file, """{ "teams": [ { "key": "x", "name": "X" } ] }""");

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(Settings(folder, file), Timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("BplBot cannot start. The network file", output, StringComparison.Ordinal);
        Assert.Contains("teams[0].shortName: required", output, StringComparison.Ordinal);
        Assert.Contains("teams[0].focusArea", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachablePostgreSql_StopsTheStart_WithOnePlainMessage()
    {
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Bpl"] = $"Host=127.0.0.1;Port={port};Database=bplbot;Username=bplbot;Timeout=3",
            ["Bot__AppId"] = "",
        }, Timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("The PostgreSQL database named by ConnectionStrings:Bpl cannot be opened", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NetworkFileOnTopOfTheDemo_IsRefused()
    {
        string folder;
        await using (var demo = new BotApplication())
        {
            folder = demo.Folder;
            _ = demo.Server;
        }
        var example = Path.Combine(NetworkFileReaderTests.RepositoryRoot(), "docs", "network.example.json");

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(Settings(folder, example), Timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("holds the demo network", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppIdWithoutSecretOrTenant_NamesTheMissingSettings()
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-test-").FullName;
        var settings = Settings(folder, "");
        settings["Bot__AppId"] = "00000000-0000-0000-0000-000000000001";

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(settings, Timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("Bot:AppPassword", output, StringComparison.Ordinal);
        Assert.Contains("Bot:TenantId", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings(string folder, string networkFile) => new()
    {
        ["ConnectionStrings__Bpl"] = $"Data Source={Path.Combine(folder, "bplbot.db")}",
        ["Network__File"] = networkFile,
        ["Bot__AppId"] = "",
    };
}
