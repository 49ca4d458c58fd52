using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BplBot.Tests.BotFramework.TestSupport;

/// <summary>
/// Plays login.botframework.com: serves OpenID metadata and a JWKS (with <c>endorsements</c>) from locally
/// generated RSA keys, and mints tokens signed by them.
/// </summary>
internal sealed class FakeBotFrameworkIssuer
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string JwksUrl = "https://login.test/v1/.well-known/keys";
    public const string Issuer = "https://api.botframework.com";

    private readonly ConcurrentDictionary<string, (RsaSecurityKey Key, string[] Endorsements)> _published = new();
    private int _jwksFetches;

    public FakeBotFrameworkIssuer() => Handler = new FakeHttpHandler(async (request, _) =>
    {
        if (request.Uri.AbsoluteUri == JwksUrl && KeysGate is { } gate)
        {
            await gate;
        }
        var response = Respond(request);
        if (request.Uri.AbsoluteUri == JwksUrl)
        {
            Interlocked.Increment(ref _jwksFetches);
            foreach (var waiter in _waiters.Where(w => w.Count <= JwksFetches)) waiter.Done.TrySetResult();
        }
        return response;
    });

    public FakeHttpHandler Handler { get; }

    public int JwksFetches => Volatile.Read(ref _jwksFetches);

    /// <summary>When set, the JWKS is served only after this task completes: a slow or hanging login.botframework.com.</summary>
    public Task? KeysGate { get; set; }

    private readonly ConcurrentBag<(int Count, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Completes once the JWKS has been served <paramref name="count"/> times (a background refresh included).</summary>
    public Task JwksFetchedAsync(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((count, done));
        if (JwksFetches >= count) done.TrySetResult();
        return done.Task;
    }

    public static RsaSecurityKey CreateKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    public RsaSecurityKey Publish(string kid, params string[] endorsements)
    {
        var key = CreateKey(kid);
        _published[kid] = (key, endorsements);
        return key;
    }

    public static string CreateToken(
        RsaSecurityKey key, string serviceUrl, string audience = BotTestHost.AppId, string issuer = Issuer,
        DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    private HttpResponseMessage Respond(RecordedRequest request) => request.Uri.AbsoluteUri switch
    {
        MetadataUrl => FakeHttpHandler.Json(HttpStatusCode.OK,
            $$"""{"issuer":"{{Issuer}}","jwks_uri":"{{JwksUrl}}","id_token_signing_alg_values_supported":["RS256"]}"""),
        JwksUrl => ServeKeys(),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    };

    private HttpResponseMessage ServeKeys()
    {
        var keys = new JsonArray();
        foreach (var (kid, (key, endorsements)) in _published)
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = jwk.N,
                ["e"] = jwk.E,
                ["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]),
            });
        }
        return FakeHttpHandler.Json(HttpStatusCode.OK, new JsonObject { ["keys"] = keys }.ToJsonString());
    }
}
