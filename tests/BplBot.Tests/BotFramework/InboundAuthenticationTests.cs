using System.Net;
using BplBot.Tests.BotFramework.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>Spec §3a, through the real endpoint: every failed check is a 401 and the handler never runs.</summary>
public sealed class InboundAuthenticationTests
{
    private const string ServiceUrl = TestActivities.TeamsServiceUrl;

    [Fact]
    public async Task ValidToken_IsAccepted()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var response = await host.PostActivityAsync(TestActivities.Message(), Bearer(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(host.Handler.Turns);
        Assert.False(turn.IsAnonymous);
        Assert.Equal(TestActivities.SecretText, turn.Activity.Text);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task OtherAllowedRsaAlgorithms_AreAccepted(string algorithm)
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var token = FakeBotFrameworkIssuer.CreateToken(key, ServiceUrl, algorithm: algorithm);

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(TestActivities.Message(), $"Bearer {token}")).StatusCode);
    }

    [Fact]
    public async Task WrongIssuer_Is401()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var token = FakeBotFrameworkIssuer.CreateToken(key, ServiceUrl, issuer: "https://sts.windows.net/evil/");

        await AssertRejectedAsync(host, $"Bearer {token}");
    }

    [Fact]
    public async Task WrongAudience_Is401()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var token = FakeBotFrameworkIssuer.CreateToken(key, ServiceUrl, audience: "99999999-0000-0000-0000-000000000000");

        await AssertRejectedAsync(host, $"Bearer {token}");
    }

    [Fact]
    public async Task ExpiredBeyondClockSkew_Is401()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var token = FakeBotFrameworkIssuer.CreateToken(key, ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6));

        await AssertRejectedAsync(host, $"Bearer {token}");
    }

    [Fact]
    public async Task ExpiredWithinClockSkew_IsAccepted()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var token = FakeBotFrameworkIssuer.CreateToken(key, ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2));

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(TestActivities.Message(), $"Bearer {token}")).StatusCode);
    }

    [Fact]
    public async Task BadSignature_Is401()
    {
        var (host, _, _) = await StartAsync();
        await using var _ = host;

        // Same kid as the published key, different key material: only the signature check can catch it.
        var forged = FakeBotFrameworkIssuer.CreateKey("key-1");

        await AssertRejectedAsync(host, Bearer(forged));
    }

    [Fact]
    public async Task UnknownKey_Is401()
    {
        var (host, _, _) = await StartAsync();
        await using var _ = host;

        await AssertRejectedAsync(host, Bearer(FakeBotFrameworkIssuer.CreateKey("never-published")));
    }

    [Fact]
    public async Task UnknownKid_TriggersOneRefresh_AfterWhichANewlyPublishedKeyIsAccepted()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (host, issuer, key) = await StartAsync(time);
        await using var _ = host;
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(TestActivities.Message(), Bearer(key))).StatusCode);
        Assert.Equal(1, issuer.JwksFetches);

        var rotated = issuer.Publish("key-2", "msteams");
        time.Advance(TimeSpan.FromSeconds(31));
        var response = await host.PostActivityAsync(TestActivities.Message(), Bearer(rotated));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, issuer.JwksFetches);
    }

    [Fact]
    public async Task UnknownKids_RefreshAtMostOncePer30Seconds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (host, issuer, key) = await StartAsync(time);
        await using var _ = host;
        await host.PostActivityAsync(TestActivities.Message(), Bearer(key));

        for (var i = 0; i < 5; i++)
        {
            await AssertRejectedAsync(host, Bearer(FakeBotFrameworkIssuer.CreateKey($"made-up-{i}")));
        }
        Assert.Equal(1, issuer.JwksFetches);

        time.Advance(TimeSpan.FromSeconds(31));
        await AssertRejectedAsync(host, Bearer(FakeBotFrameworkIssuer.CreateKey("made-up-later")));
        Assert.Equal(2, issuer.JwksFetches);
    }

    [Fact]
    public async Task KeysOlderThan24Hours_AreRefreshed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (host, issuer, key) = await StartAsync(time);
        await using var _ = host;
        await host.PostActivityAsync(TestActivities.Message(), Bearer(key));

        time.Advance(TimeSpan.FromHours(24));
        var response = await host.PostActivityAsync(TestActivities.Message(), Bearer(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await issuer.JwksFetchedAsync(2).WaitAsync(TimeSpan.FromSeconds(30)); // in the background
        Assert.Equal(2, issuer.JwksFetches);
    }

    [Fact]
    public async Task StaleKeys_AreServedAtOnce_WhileTheRefreshHangs()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (host, issuer, key) = await StartAsync(time);
        await using var _ = host;
        await host.PostActivityAsync(TestActivities.Message(), Bearer(key));
        var hanging = new TaskCompletionSource();
        issuer.KeysGate = hanging.Task;

        time.Advance(TimeSpan.FromHours(25));
        // The guard only keeps a regression from hanging the suite: a cache that waits for the fetch never answers here.
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.PostActivityAsync(TestActivities.Message(), Bearer(key))))
            .WaitAsync(TimeSpan.FromSeconds(30));

        // All five answered while login.botframework.com has not answered the refresh: nobody waited for it.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(6, host.Handler.Turns.Count);
        Assert.Equal(1, issuer.JwksFetches);
        hanging.SetResult();
        await issuer.JwksFetchedAsync(2).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, issuer.JwksFetches); // one refresh for all of them
    }

    [Fact]
    public async Task UnknownKid_WaitsForTheRefreshInFlight_NotForALock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (host, issuer, key) = await StartAsync(time);
        await using var _ = host;
        await host.PostActivityAsync(TestActivities.Message(), Bearer(key));
        var slow = new TaskCompletionSource();
        issuer.KeysGate = slow.Task;
        var rotated = issuer.Publish("key-2", "msteams");
        time.Advance(TimeSpan.FromSeconds(31));

        var waiting = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.PostActivityAsync(TestActivities.Message(), Bearer(rotated))));
        var known = await host.PostActivityAsync(TestActivities.Message(), Bearer(key)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, known.StatusCode); // the known key is not held up by the fetch for the new one
        slow.SetResult();

        Assert.All(await waiting, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(2, issuer.JwksFetches);
    }

    [Fact]
    public async Task KeyNotEndorsedForTheActivitysChannel_Is401()
    {
        var (host, issuer, _) = await StartAsync();
        await using var _ = host;
        var webchatOnly = issuer.Publish("key-webchat", "webchat");

        await AssertRejectedAsync(host, Bearer(webchatOnly));
    }

    [Fact]
    public async Task ActivityWithoutChannelId_Is401()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        await AssertRejectedAsync(host, Bearer(key), TestActivities.Message(channelId: ""));
    }

    [Fact]
    public async Task ServiceUrlClaimMismatch_Is401()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var token = FakeBotFrameworkIssuer.CreateToken(key, "https://smba.trafficmanager.net/emea/");

        await AssertRejectedAsync(host, $"Bearer {token}");
    }

    [Fact]
    public async Task ServiceUrlClaim_ComparesCaseInsensitively()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var token = FakeBotFrameworkIssuer.CreateToken(key, ServiceUrl.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(TestActivities.Message(), $"Bearer {token}")).StatusCode);
    }

    [Fact]
    public async Task MissingHeader_WhenAppIdIsSet_Is401_EvenFromLoopback()
    {
        var (host, _, _) = await StartAsync();
        await using var _ = host;

        await AssertRejectedAsync(host, authorization: null);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("bearer {0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer")]
    [InlineData("{0}")]
    public async Task HeaderNotExactlyBearerToken_Is401(string format)
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var token = FakeBotFrameworkIssuer.CreateToken(key, ServiceUrl);

        await AssertRejectedAsync(host, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, token));
    }

    [Fact]
    public async Task MetadataEndpointDown_Is401_Not500()
    {
        var down = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        await using var host = await BotTestHost.StartAsync(new() { Config = BotTestHost.AuthenticatedConfig(), OpenIdMetadata = down });

        await AssertRejectedAsync(host, Bearer(FakeBotFrameworkIssuer.CreateKey("key-1")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-jwt")]
    public async Task MalformedJson_WithoutValidToken_Is401(string? authorization)
    {
        var (host, _, _) = await StartAsync();
        await using var _ = host;

        await AssertRejectedAsync(host, authorization, "{\"type\":");
    }

    [Fact]
    public async Task MalformedJson_WithValidToken_Is400()
    {
        var (host, _, key) = await StartAsync();
        await using var _ = host;

        var response = await host.PostActivityAsync("{\"type\":", Bearer(key));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<(BotTestHost Host, FakeBotFrameworkIssuer Issuer, RsaSecurityKey Key)> StartAsync(TimeProvider? time = null)
    {
        var issuer = new FakeBotFrameworkIssuer();
        var key = issuer.Publish("key-1", "msteams");
        // A loopback caller, to show that loopback grants nothing once an app id is configured.
        var host = await BotTestHost.StartAsync(new()
        {
            Config = BotTestHost.AuthenticatedConfig(),
            OpenIdMetadata = issuer.Handler,
            RemoteIp = IPAddress.Loopback,
            TimeProvider = time,
        });
        return (host, issuer, key);
    }

    private static string Bearer(RsaSecurityKey key) => $"Bearer {FakeBotFrameworkIssuer.CreateToken(key, ServiceUrl)}";

    private static async Task AssertRejectedAsync(BotTestHost host, string? authorization, string? json = null)
    {
        var turnsBefore = host.Handler.Turns.Count;

        var status = await host.PostRawAsync(json ?? TestActivities.Message(), authorization);

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
        Assert.Equal(turnsBefore, host.Handler.Turns.Count);
    }
}
