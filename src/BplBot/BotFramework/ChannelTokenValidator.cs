using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BplBot.BotFramework;

/// <summary>
/// Validates a Bot Connector token (spec §3a checks 2–5): issuer, audience = our app id, lifetime with 5 min skew,
/// an RS256/384/512 signature by the JWKS key the token's kid names. Endorsement and serviceurl need the activity,
/// so they are left to <see cref="BotAuthenticator.Authorize"/>.
/// </summary>
internal sealed class ChannelTokenValidator(
    SigningKeyCache keys, IOptions<BotOptions> options, ILogger<ChannelTokenValidator> logger)
{
    private const string ServiceUrlClaim = "serviceurl";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<InboundIdentity?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var kid = ReadKeyId(token);
        if (kid is null)
        {
            return Reject("the token is malformed or names no signing key");
        }
        var key = await keys.FindAsync(kid, cancellationToken);
        if (key is null)
        {
            return Reject("the token's signing key is unknown");
        }

        var result = await _handler.ValidateTokenAsync(token, CreateParameters(key));
        if (!result.IsValid)
        {
            // The exception type names the failed check (issuer, audience, lifetime, signature) without echoing the token.
            return Reject(result.Exception?.GetType().Name ?? "the token is invalid");
        }
        var serviceUrl = result.Claims.TryGetValue(ServiceUrlClaim, out var claim) ? claim as string : null;
        return new InboundIdentity(IsAnonymous: false, serviceUrl, key.Endorsements);
    }

    private TokenValidationParameters CreateParameters(SigningKey key) => new()
    {
        ValidIssuer = options.Value.ValidIssuer,
        ValidAudience = options.Value.AppId,
        IssuerSigningKey = key.Key,
        ValidAlgorithms = Algorithms,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        // Lifetime is checked against IdentityModel's own clock: its TimeProvider hook is internal in 8.x, and
        // re-implementing a security check just to inject a clock is worse than an untestable-by-FakeTimeProvider detail.
        ValidateLifetime = true,
    };

    private string? ReadKeyId(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return null;
        }
        try
        {
            var kid = _handler.ReadJsonWebToken(token).Kid;
            return string.IsNullOrEmpty(kid) ? null : kid;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }

    private InboundIdentity? Reject(string reason)
    {
        BotFrameworkLog.TokenRejected(logger, reason);
        return null;
    }
}
