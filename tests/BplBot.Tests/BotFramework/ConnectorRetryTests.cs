using System.Net;
using BplBot.BotFramework;
using BplBot.Tests.BotFramework.TestSupport;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>Retry only 429/412/502/504, honour Retry-After, and classify every outcome instead of throwing (spec §5, §6).</summary>
public sealed class ConnectorRetryTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_IsRetriedAfterThatDelay_ThenSent()
    {
        var connector = FakeHttpHandler.Sequence(() => Throttle(HttpStatusCode.TooManyRequests, retryAfterSeconds: 2), Created);
        var time = new InstantTimeProvider();
        await using var host = await StartAsync(connector, time);

        var result = await Send(host);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal("a1", result.ActivityId);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(2), time.Delays);
        Assert.All(connector.Requests, request => Assert.Equal(connector.Requests[0].Body, request.Body));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task OtherRetryableStatuses_AreRetriedWithBackoff(HttpStatusCode status)
    {
        var connector = FakeHttpHandler.Sequence(() => new HttpResponseMessage(status), Created);
        await using var host = await StartAsync(connector, new InstantTimeProvider());

        var result = await Send(host);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task TooManyRequestsForever_IsThrottled_AfterTheAllowedAttempts()
    {
        var connector = FakeHttpHandler.Sequence(() => Throttle(HttpStatusCode.TooManyRequests, retryAfterSeconds: 1));
        await using var host = await StartAsync(connector, new InstantTimeProvider());

        var result = await Send(host);

        Assert.Equal(SendStatus.Throttled, result.Status);
        Assert.Equal(429, result.HttpStatus);
        Assert.Equal(TimeSpan.FromSeconds(1), result.RetryAfter);
        Assert.Equal(3, connector.Requests.Count); // Bot:MaxSendAttempts in the test config.
    }

    [Fact]
    public async Task RetryAfterBeyondTheMaxDelay_EndsRetriesAtOnce_WithThatHint()
    {
        var connector = FakeHttpHandler.Sequence(() => Throttle(HttpStatusCode.TooManyRequests, retryAfterSeconds: 60));
        var time = new InstantTimeProvider();
        await using var host = await StartAsync(connector, time);

        var result = await Send(host);

        Assert.Equal(SendStatus.Throttled, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(60), result.RetryAfter);
        Assert.Single(connector.Requests);
        Assert.DoesNotContain(TimeSpan.FromSeconds(60), time.Delays);
    }

    [Fact]
    public async Task RetryAfterAsADate_IsHonoured()
    {
        var connector = FakeHttpHandler.Sequence(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new(DateTimeOffset.UtcNow.AddSeconds(3));
            return response;
        }, Created);
        var time = new InstantTimeProvider();
        await using var host = await StartAsync(connector, time);

        var result = await Send(host);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Contains(time.Delays, delay => delay > TimeSpan.FromSeconds(1) && delay <= TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task NonRetryableErrors_AreFailed_WithoutRetry(HttpStatusCode status)
    {
        var connector = FakeHttpHandler.Sequence(() => new HttpResponseMessage(status), Created);
        await using var host = await StartAsync(connector, new InstantTimeProvider());

        var result = await Send(host);

        Assert.Equal(SendStatus.Failed, result.Status);
        Assert.Equal((int)status, result.HttpStatus);
        Assert.Single(connector.Requests);
    }

    [Theory]
    [InlineData("""{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", "BotNotInConversationRoster")]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", "ConversationBlockedByUser")]
    [InlineData("""{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Thread is blocked."}}""", "MessageWritesBlocked")]
    [InlineData("<html>forbidden</html>", null)]
    public async Task Forbidden_IsRecipientGone_WithTheErrorCode(string body, string? errorCode)
    {
        var connector = new FakeHttpHandler(_ =>
        {
            var response = FakeHttpHandler.Json(HttpStatusCode.Forbidden, body);
            response.Headers.Add("X-Correlating-OperationId", "corr-42");
            return response;
        });
        await using var host = await StartAsync(connector, new InstantTimeProvider());

        var result = await Send(host);

        Assert.Equal(SendStatus.RecipientGone, result.Status);
        Assert.Equal(errorCode, result.ErrorCode);
        Assert.Single(connector.Requests);
        Assert.Contains(host.Logs.Lines, line => line.Contains("corr-42", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(typeof(HttpRequestException), "NetworkError")]
    [InlineData(typeof(TaskCanceledException), "Timeout")]
    public async Task NoAnswer_IsFailed_WithoutRetry_BecauseThePostMayHaveHappened(Type exceptionType, string errorCode)
    {
        var connector = new FakeHttpHandler(_ => throw (Exception)Activator.CreateInstance(exceptionType)!);
        await using var host = await StartAsync(connector, new InstantTimeProvider());

        var result = await Send(host);

        Assert.Equal(SendStatus.Failed, result.Status);
        Assert.Equal(errorCode, result.ErrorCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task OutboundTimeout_IsFailed_WithoutRetry()
    {
        var connector = new FakeHttpHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return Created();
        });
        var config = BotTestHost.AuthenticatedConfig();
        config["Bot:OutboundTimeout"] = "00:00:00.100";
        await using var host = await BotTestHost.StartAsync(new() { Config = config, Connector = connector, TokenEndpoint = FakeTokenEndpoint.Create() });

        var result = await Send(host);

        Assert.Equal(SendStatus.Failed, result.Status);
        Assert.Equal("Timeout", result.ErrorCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task CallerCancellation_IsNotAnHttpFailure_AndThrows()
    {
        await using var host = await StartAsync(FakeHttpHandler.Sequence(Created), new InstantTimeProvider());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Connector.SendToConversationAsync(ServiceUrl, "a:1", new Activity { Text = "hi" }, cancelled.Token));
    }

    private static Task<SendResult> Send(BotTestHost host) =>
        host.Connector.SendToConversationAsync(ServiceUrl, "a:1", new Activity { Text = "hi" }, default);

    private static HttpResponseMessage Created() => FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"a1"}""");

    private static HttpResponseMessage Throttle(HttpStatusCode status, int retryAfterSeconds)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = new(TimeSpan.FromSeconds(retryAfterSeconds));
        return response;
    }

    private static Task<BotTestHost> StartAsync(FakeHttpHandler connector, TimeProvider time) => BotTestHost.StartAsync(new()
    {
        Config = BotTestHost.AuthenticatedConfig(),
        Connector = connector,
        TokenEndpoint = FakeTokenEndpoint.Create(),
        TimeProvider = time,
    });
}
