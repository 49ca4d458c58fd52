using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Tests.BotFramework.TestSupport;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>The HTTP contract of /api/messages, mostly in anonymous mode (no app id, loopback caller).</summary>
public sealed class MessagesEndpointTests
{
    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"message\"")]
    [InlineData("{\"type\":42}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"from\":[1,2]}")]
    public async Task MalformedActivityJson_Is400(string body)
    {
        await using var host = await StartAnonymousAsync();

        var response = await host.PostActivityAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handler.Turns);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x74, 0x79, 0x70, 0x65, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D })] // invalid UTF-8
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x7B, 0x7D })] // a BOM, then {}
    [InlineData(new byte[] { })]
    public async Task OddBytes_AreNeverA500(byte[] body)
    {
        await using var host = await StartAnonymousAsync();

        var response = await host.Client.PostAsync(BotFrameworkExtensions.MessagesPath, new ByteArrayContent(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DeeplyNestedJson_Is400()
    {
        await using var host = await StartAnonymousAsync();
        var nested = "{\"type\":\"message\",\"value\":" + new string('[', 200) + new string(']', 200) + "}";

        var response = await host.PostActivityAsync(nested);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DuplicateProperties_AreNotA500()
    {
        await using var host = await StartAnonymousAsync();

        var response = await host.PostActivityAsync("""{"type":"message","type":"message","x":1,"x":2,"conversation":{"id":"a"}}""");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task MissingType_Is400(string? type)
    {
        await using var host = await StartAnonymousAsync();

        var json = type is null ? TestActivities.Message(type: null) : TestActivities.Message(type: type);
        var response = await host.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handler.Turns);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Are405(string method)
    {
        await using var host = await StartAnonymousAsync();

        var request = new HttpRequestMessage(new HttpMethod(method), BotFrameworkExtensions.MessagesPath);
        if (method != "GET")
        {
            request.Content = new StringContent(TestActivities.Message(), Encoding.UTF8, "application/json");
        }
        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(host.Handler.Turns);
    }

    [Fact]
    public async Task BodyOverTheCap_WithContentLength_Is413()
    {
        await using var host = await StartAnonymousAsync(maxBodyBytes: 2048);

        var response = await host.PostActivityAsync(TestActivities.Message(text: new string('x', 4000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(host.Logs.Lines, line => line.Contains("declared body", StringComparison.Ordinal));
        Assert.Empty(host.Handler.Turns);
    }

    [Fact]
    public async Task BodyOverTheCap_WithoutContentLength_Is413()
    {
        await using var host = await StartAnonymousAsync(maxBodyBytes: 2048);

        var status = await host.PostRawAsync(TestActivities.Message(text: new string('x', 4000)), authorization: null);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, status);
        Assert.Contains(host.Logs.Lines, line => line.Contains("the body is over", StringComparison.Ordinal));
        Assert.Empty(host.Handler.Turns);
    }

    [Fact]
    public async Task BodyJustUnderTheCap_IsAccepted()
    {
        await using var host = await StartAnonymousAsync(maxBodyBytes: 2048);

        var response = await host.PostActivityAsync(TestActivities.Message(text: new string('x', 1500)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.1.20")]
    [InlineData("2001:db8::1")]
    public async Task AnonymousMode_NonLoopbackCaller_Is401(string? remoteIp)
    {
        await using var host = await BotTestHost.StartAsync(new());

        var status = await host.PostRawAsync(TestActivities.Message(), authorization: null, remoteIp is null ? null : IPAddress.Parse(remoteIp));

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
        Assert.Empty(host.Handler.Turns);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task AnonymousMode_LoopbackCaller_IsAcceptedAsAnonymous(string remoteIp)
    {
        await using var host = await BotTestHost.StartAsync(new());

        var status = await host.PostRawAsync(TestActivities.Message(serviceUrl: "http://127.0.0.1:56150/_connector"), authorization: null, IPAddress.Parse(remoteIp));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.True(Assert.Single(host.Handler.Turns).IsAnonymous);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("X-Forwarded-Host", "bplbot.example.se")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("Forwarded", "for=203.0.113.9;proto=https")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    public async Task AnonymousMode_ForwardedLoopbackRequest_Is401(string header, string value)
    {
        await using var host = await StartAnonymousAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, BotFrameworkExtensions.MessagesPath)
        {
            Content = new StringContent(TestActivities.Message(serviceUrl: "http://127.0.0.1:56150/_connector"), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Handler.Turns);
        Assert.Contains(host.Logs.Lines, line => line.Contains("refuses forwarded requests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnonymousMode_RequestWithAToken_Is401()
    {
        await using var host = await StartAnonymousAsync();

        var response = await host.PostActivityAsync(TestActivities.Message(), "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Handler.Turns);
    }

    [Fact]
    public async Task AnonymousMode_IsLoggedOnceAtStart()
    {
        await using var host = await StartAnonymousAsync();
        await host.PostActivityAsync(TestActivities.Message());

        Assert.Single(host.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("anonymous mode", StringComparison.Ordinal)
            && line.Contains("UNAUTHENTICATED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NonInvoke_Is200WithNoBody_AfterTheHandlerFinished()
    {
        await using var host = await StartAnonymousAsync();
        var finished = false;
        host.Handler.OnActivity = async (_, cancellationToken) =>
        {
            await Task.Delay(50, cancellationToken);
            finished = true;
            return new InvokeResponse(200, new { ignored = true }); // Only invokes get a body.
        };

        var response = await host.PostActivityAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(finished);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    public async Task Invoke_AnswersWithTheHandlersStatusAndBody(int status)
    {
        await using var host = await StartAnonymousAsync();
        var card = new JsonObject { ["statusCode"] = status, ["type"] = ContentTypes.AdaptiveCard, ["value"] = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" } };
        host.Handler.OnActivity = (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(status, card));

        var response = await host.PostActivityAsync(TestActivities.Invoke());

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.DeepEquals(card, JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task Invoke_WithStatusOnly_HasNoBody()
    {
        await using var host = await StartAnonymousAsync();
        host.Handler.OnActivity = (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200, null));

        var response = await host.PostActivityAsync(TestActivities.Invoke());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Invoke_NobodyAnswered_Is501()
    {
        await using var host = await StartAnonymousAsync();

        var response = await host.PostActivityAsync(TestActivities.Invoke());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(host.Handler.Turns);
    }

    [Fact]
    public async Task UnknownFields_AreToleratedAndKept()
    {
        await using var host = await StartAnonymousAsync();
        var json = JsonNode.Parse(TestActivities.Message())!.AsObject();
        json["someFutureField"] = new JsonObject { ["nested"] = 1 };
        json["from"]!["someFutureFlag"] = true;

        var response = await host.PostActivityAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = Assert.Single(host.Handler.Turns).Activity;
        Assert.Equal(1, activity.Extra!["someFutureField"].GetProperty("nested").GetInt32());
        Assert.True(activity.From!.Extra!["someFutureFlag"].GetBoolean());
    }

    [Fact]
    public async Task HandlerException_Is500WithoutDetails_AndTheLogHasIdsButNoText()
    {
        await using var host = await StartAnonymousAsync();
        host.Handler.OnActivity = (_, _) => throw new InvalidOperationException("database unavailable");

        var response = await host.PostActivityAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var failure = Assert.Single(host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("1485983408511", failure, StringComparison.Ordinal);
        Assert.Contains("a:1personal-chat-alex", failure, StringComparison.Ordinal);
        Assert.Contains("message", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(TestActivities.SecretText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandlerParseError_IsLoggedByType_WithoutItsMessage()
    {
        await using var host = await StartAnonymousAsync();
        host.Handler.OnActivity = (_, _) => throw new FormatException("The input string 'secret-811218' was not in a correct format.");

        var response = await host.PostActivityAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var failure = Assert.Single(host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("System.FormatException", failure, StringComparison.Ordinal);
        Assert.Contains("   at ", failure, StringComparison.Ordinal); // the stack trace stays: it is where the bug is
        Assert.DoesNotContain("secret-811218", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeHandlerException_Is500()
    {
        await using var host = await StartAnonymousAsync();
        host.Handler.OnActivity = (_, _) => throw new JsonException("bad card");

        var response = await host.PostActivityAsync(TestActivities.Invoke());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private static Task<BotTestHost> StartAnonymousAsync(int? maxBodyBytes = null) => BotTestHost.StartAsync(new()
    {
        RemoteIp = IPAddress.Loopback,
        Config = maxBodyBytes is null ? [] : new() { ["Bot:MaxRequestBodyBytes"] = maxBodyBytes.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    });
}
