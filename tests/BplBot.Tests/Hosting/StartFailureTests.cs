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

    [Theory]
    [InlineData("Host=localhost;Database=bplbot;Username=bot", "ConnectionStrings:Bpl is not a valid SQLite connection string")]
    [InlineData("Data Source=:memory:", "ConnectionStrings:Bpl must name a database file")]
    [InlineData("Data Source=/proc/no-such-folder/bplbot.db", "ConnectionStrings:Bpl cannot be created")]
    public async Task BadConnectionString_IsOnePlainMessage(string connectionString, string expected)
    {
        var settings = Settings(Directory.CreateTempSubdirectory("bplbot-test-").FullName, "");
        settings["ConnectionStrings__Bpl"] = connectionString;

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(settings, Timeout);

        AssertPlainFailure(exitCode, output, expected);
    }

    [Fact]
    public async Task DatabaseFileThatIsNotADatabase_IsOnePlainMessage()
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-test-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "bplbot.db"), string.Concat(Enumerable.Repeat("not a database ", 20)));

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(Settings(folder, ""), Timeout);

        AssertPlainFailure(exitCode, output, "The database named by ConnectionStrings:Bpl cannot be opened or migrated");
    }

    [Theory]
    [InlineData("Bot__MaxRequestBodyBytes", "abc", "'Bot:MaxRequestBodyBytes'")]
    [InlineData("Dialogs__Timeout", "tomorrow", "'Dialogs:Timeout'")]
    [InlineData("Bot__OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "Bot:OpenIdMetadataUrl must use https")]
    public async Task BadOption_IsOnePlainMessage_NamingTheSetting(string key, string value, string expected)
    {
        var settings = Settings(Directory.CreateTempSubdirectory("bplbot-test-").FullName, "");
        settings[key] = value;

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(settings, Timeout);

        AssertPlainFailure(exitCode, output, expected);
    }

    [Fact]
    public async Task BrokenSettingsFile_IsOnePlainMessage()
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-test-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"), "{ \"Bot\": { \"AppId\": \"\" ");
        var settings = Settings(folder, "");
        settings["ASPNETCORE_CONTENTROOT"] = folder; // the settings file is looked for from the content root

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(settings, Timeout);

        AssertPlainFailure(exitCode, output, "Fix the JSON of that settings file");
        Assert.Contains("appsettings.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddressInUse_IsOnePlainMessage()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var settings = Settings(Directory.CreateTempSubdirectory("bplbot-test-").FullName, "");
        settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(settings, Timeout, urls: null);

        AssertPlainFailure(exitCode, output, $"Failed to bind to address http://127.0.0.1:{port}");
    }

    private static void AssertPlainFailure(int exitCode, string output, string expected)
    {
        Assert.Equal(1, exitCode);
        Assert.Contains("BplBot cannot start", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings(string folder, string networkFile) => new()
    {
        ["ConnectionStrings__Bpl"] = $"Data Source={Path.Combine(folder, "bplbot.db")}",
        ["Network__File"] = networkFile,
        ["Bot__AppId"] = "",
    };
}
