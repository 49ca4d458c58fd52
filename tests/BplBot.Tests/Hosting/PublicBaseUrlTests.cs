using BplBot.Status;
using BplBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace BplBot.Tests.Hosting;

/// <summary>Chart and newsletter links are bearer URLs: a real deployment (an app id) names its public https address (F11).</summary>
public sealed class PublicBaseUrlTests
{
    private const string AppId = "00000000-0000-0000-0000-000000000001";

    [Theory]
    [InlineData("")]
    [InlineData("http://bplbot.example.se")]
    public async Task PublicBaseUrl_MissingOrHttp_WithAppId_FailsStart(string publicBaseUrl)
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-test-").FullName;
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Bpl"] = $"Data Source={Path.Combine(folder, "bplbot.db")}",
            ["Bot__AppId"] = AppId,
            ["Bot__AppPassword"] = "secret",
            ["Bot__TenantId"] = "72f988bf-0000-0000-0000-000000000001",
            ["Status__PublicBaseUrl"] = publicBaseUrl,
        }, TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Status:PublicBaseUrl", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AppId, null, false)]
    [InlineData(AppId, "http://bplbot.example.se", false)]
    [InlineData(AppId, "bplbot.example.se", false)]
    [InlineData(AppId, "https://bplbot.example.se/?x=1", false)]
    [InlineData(AppId, "https://user@bplbot.example.se", false)]
    [InlineData(AppId, "https://bplbot.example.se", true)]
    [InlineData(AppId, "https://bplbot.example.se/bot/", true)]
    [InlineData("", null, true)]
    [InlineData("", "http://127.0.0.1:3978", true)]
    [InlineData("", "ftp://bplbot.example.se", false)]
    public void PublicBaseUrl_Rules(string appId, string? publicBaseUrl, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:AppId"] = appId }).Build();

        var result = new StatusOptionsValidator(configuration).Validate(null, new StatusOptions { PublicBaseUrl = publicBaseUrl });

        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.Contains("Status:PublicBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }
}
