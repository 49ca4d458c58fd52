using System.Net;
using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Tests.BotFramework.TestSupport;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>Inbound to outbound: a handler answering through <see cref="TurnContext"/>, and what that earns a service URL.</summary>
public sealed class TurnReplyTests
{
    private const string UnlistedServiceUrl = "https://connector.contoso-bots.net/teams/";

    [Fact]
    public async Task PlaygroundMessage_IsAnsweredOnItsLoopbackConnector_WithoutAToken()
    {
        var connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"reply-1"}"""));
        await using var host = await BotTestHost.StartAsync(new() { RemoteIp = IPAddress.Loopback, Connector = connector });
        SendResult? sent = null;
        host.Handler.OnActivity = async (turn, cancellationToken) =>
        {
            sent = await turn.SendTextAsync("pong", cancellationToken);
            return null;
        };

        var response = await host.PostActivityAsync(Payloads.Json("personal-message-playground.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SendStatus.Sent, sent?.Status); // Inline processing: the reply went out before the 200.
        var request = Assert.Single(connector.Requests);
        Assert.Equal("http://127.0.0.1:56150/_connector/v3/conversations/f0e8acf9-9ffe-4176-81e9-c6dd1260c84d/activities/bbb6f15b-156a-4982-ae28-ae9130a76a9e",
            request.Uri.AbsoluteUri);
        Assert.Null(request.Authorization);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("pong", (string?)body["text"]);
        Assert.Equal("bbb6f15b-156a-4982-ae28-ae9130a76a9e", (string?)body["replyToId"]);
        Assert.Equal("00000000-0000-0000-0000-00000000000011", (string?)body["from"]!["id"]);
        Assert.Equal("user-id-0", (string?)body["recipient"]!["id"]);
        Assert.Equal("f0e8acf9-9ffe-4176-81e9-c6dd1260c84d", (string?)body["conversation"]!["id"]);
    }

    [Fact]
    public async Task SendAsync_FillsAddressesOnlyWhereTheReplyLeftThemOut()
    {
        var connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"r"}"""));
        await using var host = await BotTestHost.StartAsync(new() { RemoteIp = IPAddress.Loopback, Connector = connector });
        host.Handler.OnActivity = async (turn, cancellationToken) =>
        {
            await turn.SendAsync(new Activity { Type = ActivityTypes.Typing, Recipient = new ChannelAccount { Id = "29:someone-else" } }, cancellationToken);
            return null;
        };

        await host.PostActivityAsync(Payloads.Json("personal-message-playground.json"));

        var body = JsonNode.Parse(Assert.Single(connector.Requests).Body!)!;
        Assert.Equal("typing", (string?)body["type"]);
        Assert.Equal("29:someone-else", (string?)body["recipient"]!["id"]);
        Assert.Equal("00000000-0000-0000-0000-00000000000011", (string?)body["from"]!["id"]);
    }

    [Fact]
    public async Task ValidatedActivity_MakesItsServiceUrlTrustedForReplies()
    {
        var issuer = new FakeBotFrameworkIssuer();
        var key = issuer.Publish("key-1", "msteams");
        var connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"r"}"""));
        await using var host = await BotTestHost.StartAsync(new()
        {
            Config = BotTestHost.AuthenticatedConfig(),
            OpenIdMetadata = issuer.Handler,
            Connector = connector,
            TokenEndpoint = FakeTokenEndpoint.Create(),
        });
        var before = await host.Connector.SendToConversationAsync(UnlistedServiceUrl, "a:1", new Activity { Text = "too early" }, default);
        host.Handler.OnActivity = async (turn, cancellationToken) =>
        {
            await turn.SendTextAsync("pong", cancellationToken);
            return null;
        };

        var token = FakeBotFrameworkIssuer.CreateToken(key, UnlistedServiceUrl);
        var response = await host.PostActivityAsync(TestActivities.Message(serviceUrl: UnlistedServiceUrl), $"Bearer {token}");

        Assert.Equal("UntrustedServiceUrl", before.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(connector.Requests);
        Assert.StartsWith(UnlistedServiceUrl, reply.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal($"Bearer {FakeTokenEndpoint.AccessToken}", reply.Authorization);
    }

    [Fact]
    public async Task AnonymousActivity_DoesNotMakeItsServiceUrlTrusted()
    {
        var connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"r"}"""));
        await using var host = await BotTestHost.StartAsync(new() { RemoteIp = IPAddress.Loopback, Connector = connector });
        SendResult? sent = null;
        host.Handler.OnActivity = async (turn, cancellationToken) =>
        {
            sent = await turn.SendTextAsync("pong", cancellationToken);
            return null;
        };

        await host.PostActivityAsync(TestActivities.Message(serviceUrl: UnlistedServiceUrl));

        Assert.Equal("UntrustedServiceUrl", sent?.ErrorCode);
        Assert.Empty(connector.Requests);
    }
}
