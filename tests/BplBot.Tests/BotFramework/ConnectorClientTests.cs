using System.Net;
using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Tests.BotFramework.TestSupport;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>What the connector client puts on the wire: paths, bodies, and where the token goes (spec §2, §3c).</summary>
public sealed class ConnectorClientTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=123";
    private const string EscapedChannelThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D123";

    [Fact]
    public async Task Reply_PostsToTheEscapedActivityPath_WithReplyToIdAndDefaults()
    {
        var connector = Created();
        await using var host = await StartAsync(connector);

        var result = await host.Connector.ReplyToActivityAsync(ServiceUrl, ChannelThread, "1:xyz", new Activity { Text = "pong" }, default);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal("reply-1", result.ActivityId);
        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"https://smba.trafficmanager.net/amer/v3/conversations/{EscapedChannelThread}/activities/1%3Axyz", request.Uri.AbsoluteUri);
        Assert.Equal($"Bearer {FakeTokenEndpoint.AccessToken}", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal("1:xyz", (string?)body["replyToId"]);
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal(ChannelThread, (string?)body["conversation"]!["id"]);
        Assert.Equal("pong", (string?)body["text"]);
    }

    [Fact]
    public async Task Reply_KeepsWhatTheCallerSet()
    {
        var connector = Created();
        await using var host = await StartAsync(connector);
        var typing = new Activity { Type = ActivityTypes.Typing, Conversation = new ConversationAccount { Id = "a:other", TenantId = "t" } };

        await host.Connector.ReplyToActivityAsync(ServiceUrl, "a:1", "9", typing, default);

        var body = JsonNode.Parse(Assert.Single(connector.Requests).Body!)!;
        Assert.Equal("typing", (string?)body["type"]);
        Assert.Equal("a:other", (string?)body["conversation"]!["id"]);
        Assert.Null(body["text"]);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("https://smba.trafficmanager.net/amer//")]
    public async Task ServiceUrl_IsJoinedWithExactlyOneSlash(string serviceUrl)
    {
        var connector = Created();
        await using var host = await StartAsync(connector);

        await host.Connector.SendToConversationAsync(serviceUrl, "a:1", new Activity { Text = "hi" }, default);

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities", Assert.Single(connector.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Update_PutsTheFullActivityWithItsId()
    {
        var connector = Created();
        await using var host = await StartAsync(connector);

        var result = await host.Connector.UpdateActivityAsync(ServiceUrl, ChannelThread, "1:xyz", new Activity { Text = "edited" }, default);

        Assert.True(result.Succeeded);
        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"https://smba.trafficmanager.net/amer/v3/conversations/{EscapedChannelThread}/activities/1%3Axyz", request.Uri.AbsoluteUri);
        Assert.Equal("1:xyz", (string?)JsonNode.Parse(request.Body!)!["id"]);
    }

    [Fact]
    public async Task Delete_SendsNoBody()
    {
        var connector = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        await using var host = await StartAsync(connector);

        var result = await host.Connector.DeleteActivityAsync(ServiceUrl, "a:1", "1:xyz", default);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Null(result.ActivityId);
        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities/1%3Axyz", request.Uri.AbsoluteUri);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task CreateConversation_SendsTheProactiveOneToOneShape()
    {
        var connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"a:1qhNLq"}"""));
        await using var host = await StartAsync(connector);

        var result = await host.Connector.CreateConversationAsync(ServiceUrl,
            ConversationParameters.ForPersonalChat($"28:{BotTestHost.AppId}", "29:user-1", BotTestHost.TenantId), default);

        Assert.True(result.Result.Succeeded);
        Assert.Equal("a:1qhNLq", result.ConversationId);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations", request.Uri.AbsoluteUri);
        var expected = JsonNode.Parse($$"""
            {"isGroup":false,"bot":{"id":"28:{{BotTestHost.AppId}}"},"members":[{"id":"29:user-1"}],
             "tenantId":"{{BotTestHost.TenantId}}","channelData":{"tenant":{"id":"{{BotTestHost.TenantId}}"} } }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body!)), request.Body);
    }

    [Fact]
    public async Task GetMember_ParsesTheMember()
    {
        var connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """
            {"id":"29:user-1","name":"Megan Bowen","objectId":"aad-1","givenName":"Megan","surname":"Bowen",
             "email":"megan@contoso.com","userPrincipalName":"megan@contoso.com","tenantId":"t-1","userRole":"user"}
            """));
        await using var host = await StartAsync(connector);

        var (result, member) = await host.Connector.GetMemberAsync(ServiceUrl, ChannelThread, "29:user-1", default);

        Assert.True(result.Succeeded);
        Assert.Equal($"https://smba.trafficmanager.net/amer/v3/conversations/{EscapedChannelThread}/members/29%3Auser-1", Assert.Single(connector.Requests).Uri.AbsoluteUri);
        Assert.Equal(HttpMethod.Get, connector.Requests[0].Method);
        Assert.Equal("aad-1", member!.ObjectId);
        Assert.Equal("megan@contoso.com", member.UserPrincipalName);
        Assert.Equal("user", member.UserRole);
    }

    [Fact]
    public async Task GetMember_BodyOfTheWrongShape_IsFailedNotThrown()
    {
        var connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":42,"name":["not","a","string"]}"""));
        await using var host = await StartAsync(connector);

        var (result, member) = await host.Connector.GetMemberAsync(ServiceUrl, "a:1", "29:user-1", default);

        Assert.Equal(SendStatus.Failed, result.Status);
        Assert.Equal("InvalidResponse", result.ErrorCode);
        Assert.Null(member);
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("https://smba.trafficmanager.net.evil.com/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("https://smba.trafficmanager.net/amer/?x=1")]
    [InlineData("not a url")]
    [InlineData("https://someone.blob.core.windows.net/_connector/")]
    [InlineData("https://someone.sharepoint.com/_connector/")]
    [InlineData("https://someone.svc.ms/_connector/")]
    public async Task UntrustedServiceUrl_SendsNothing(string serviceUrl)
    {
        var connector = Created();
        var tokenEndpoint = FakeTokenEndpoint.Create();
        await using var host = await StartAsync(connector, tokenEndpoint);

        var result = await host.Connector.SendToConversationAsync(serviceUrl, "a:1", new Activity { Text = "hi" }, default);

        Assert.Equal(SendStatus.Failed, result.Status);
        Assert.Equal("UntrustedServiceUrl", result.ErrorCode);
        Assert.Empty(connector.Requests);
        Assert.Empty(tokenEndpoint.Requests);
    }

    [Theory]
    [InlineData("https://emea.ng.msg.teams.microsoft.com/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/")]
    [InlineData("https://api.botframework.com/")]
    public async Task AllowlistedHttpsHosts_GetTheToken(string serviceUrl)
    {
        var connector = Created();
        await using var host = await StartAsync(connector);

        var result = await host.Connector.SendToConversationAsync(serviceUrl, "a:1", new Activity { Text = "hi" }, default);

        Assert.True(result.Succeeded);
        Assert.Equal($"Bearer {FakeTokenEndpoint.AccessToken}", Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task AnonymousMode_LoopbackServiceUrl_IsCalledWithoutAToken()
    {
        var connector = Created();
        var tokenEndpoint = FakeTokenEndpoint.Create();
        await using var host = await BotTestHost.StartAsync(new() { Connector = connector, TokenEndpoint = tokenEndpoint });

        var result = await host.Connector.SendToConversationAsync("http://127.0.0.1:56150/_connector", "f0e8acf9", new Activity { Text = "hi" }, default);

        Assert.True(result.Succeeded);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("http://127.0.0.1:56150/_connector/v3/conversations/f0e8acf9/activities", request.Uri.AbsoluteUri);
        Assert.Null(request.Authorization);
        Assert.Empty(tokenEndpoint.Requests);
    }

    [Fact]
    public async Task AnonymousMode_NonLoopbackHttp_SendsNothing()
    {
        var connector = Created();
        await using var host = await BotTestHost.StartAsync(new() { Connector = connector });

        var result = await host.Connector.SendToConversationAsync("http://10.0.0.5:3978/", "a:1", new Activity { Text = "hi" }, default);

        Assert.Equal("UntrustedServiceUrl", result.ErrorCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task ConfiguredAllowlist_ReplacesTheDefaults()
    {
        var connector = Created();
        var config = BotTestHost.AuthenticatedConfig();
        config["Bot:TrustedServiceUrlHosts:0"] = "*.contoso-connector.net";
        await using var host = await BotTestHost.StartAsync(new() { Config = config, Connector = connector, TokenEndpoint = FakeTokenEndpoint.Create() });

        var custom = await host.Connector.SendToConversationAsync("https://eu.contoso-connector.net/", "a:1", new Activity(), default);
        var defaultHost = await host.Connector.SendToConversationAsync(ServiceUrl, "a:1", new Activity(), default);

        Assert.True(custom.Succeeded);
        Assert.Equal("UntrustedServiceUrl", defaultHost.ErrorCode);
    }

    private static FakeHttpHandler Created() =>
        new(_ => FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"reply-1"}"""));

    private static Task<BotTestHost> StartAsync(FakeHttpHandler connector, FakeHttpHandler? tokenEndpoint = null) =>
        BotTestHost.StartAsync(new()
        {
            Config = BotTestHost.AuthenticatedConfig(),
            Connector = connector,
            TokenEndpoint = tokenEndpoint ?? FakeTokenEndpoint.Create(),
        });
}
