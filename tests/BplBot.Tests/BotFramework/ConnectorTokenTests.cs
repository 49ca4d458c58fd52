using System.Net;
using BplBot.BotFramework;
using BplBot.Tests.BotFramework.TestSupport;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>The outbound token (spec §3b): MSAL client credentials against the right authority and scope.</summary>
public sealed class ConnectorTokenTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Theory]
    [InlineData("SingleTenant", null, $"https://login.microsoftonline.com/{BotTestHost.TenantId}/oauth2/v2.0/token")]
    [InlineData("MultiTenant", null, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("SingleTenant", "https://login.microsoftonline.us/", $"https://login.microsoftonline.us/{BotTestHost.TenantId}/oauth2/v2.0/token")]
    public async Task TokenRequest_GoesToTheAuthorityWithTheBotFrameworkScope(string appType, string? loginAuthority, string expectedUrl)
    {
        var tokenEndpoint = FakeTokenEndpoint.Create();
        var config = BotTestHost.AuthenticatedConfig();
        config["Bot:AppType"] = appType;
        if (loginAuthority is not null)
        {
            config["Bot:LoginAuthority"] = loginAuthority;
        }
        await using var host = await StartAsync(config, tokenEndpoint);

        var result = await host.Connector.SendToConversationAsync(ServiceUrl, "a:1", new Activity { Text = "hi" }, default);

        Assert.True(result.Succeeded);
        var request = Assert.Single(tokenEndpoint.Requests);
        Assert.Equal(expectedUrl, request.Uri.AbsoluteUri);
        var form = ParseForm(request.Body!);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(BotTestHost.AppId, form["client_id"]);
        Assert.Equal("test-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Token_IsCachedAcrossCalls()
    {
        var tokenEndpoint = FakeTokenEndpoint.Create();
        await using var host = await StartAsync(BotTestHost.AuthenticatedConfig(), tokenEndpoint);

        await host.Connector.SendToConversationAsync(ServiceUrl, "a:1", new Activity { Text = "one" }, default);
        await host.Connector.SendToConversationAsync(ServiceUrl, "a:1", new Activity { Text = "two" }, default);

        Assert.Single(tokenEndpoint.Requests);
    }

    [Fact]
    public async Task TokenRefused_IsFailed_AndNothingIsSent()
    {
        var tokenEndpoint = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.Unauthorized,
            """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}"""));
        var connector = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.Created));
        await using var host = await BotTestHost.StartAsync(new()
        {
            Config = BotTestHost.AuthenticatedConfig(),
            Connector = connector,
            TokenEndpoint = tokenEndpoint,
        });

        var result = await host.Connector.SendToConversationAsync(ServiceUrl, "a:1", new Activity { Text = "hi" }, default);

        Assert.Equal(SendStatus.Failed, result.Status);
        Assert.Equal("TokenUnavailable", result.ErrorCode);
        Assert.Empty(connector.Requests);
    }

    private static Dictionary<string, string> ParseForm(string body) => body.Split('&')
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')));

    private static Task<BotTestHost> StartAsync(Dictionary<string, string?> config, FakeHttpHandler tokenEndpoint) => BotTestHost.StartAsync(new()
    {
        Config = config,
        Connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"x"}""")),
        TokenEndpoint = tokenEndpoint,
    });
}
