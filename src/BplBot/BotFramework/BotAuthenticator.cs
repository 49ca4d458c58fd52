using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BplBot.BotFramework;

/// <summary>
/// Authenticates <c>/api/messages</c> in two phases. <see cref="AuthenticateAsync"/> looks at the headers only, so
/// no unauthenticated body is ever parsed; <see cref="Authorize"/> then binds the token to the parsed activity
/// (endorsement for its channelId, serviceurl claim = its serviceUrl).
/// </summary>
internal sealed class BotAuthenticator(
    ChannelTokenValidator validator, ServiceUrlTrust trust, IOptions<BotOptions> options, ILogger<BotAuthenticator> logger)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The caller's identity, or null for 401.</summary>
    public async Task<InboundIdentity?> AuthenticateAsync(HttpContext context)
    {
        var headers = context.Request.Headers.Authorization;
        var anonymousMode = options.Value.IsAnonymousMode;
        if (headers.Count == 0)
        {
            // Anonymous only for a local playground/emulator: no app id AND a loopback caller (null is not loopback)
            // AND no forwarding headers. A reverse proxy on the same host makes every internet caller look like
            // loopback; it announces itself with those headers, and then the caller is not local.
            if (!anonymousMode)
            {
                return Reject("no Authorization header");
            }
            if (!IsLoopback(context.Connection.RemoteIpAddress))
            {
                return Reject("anonymous mode accepts loopback callers only");
            }
            return IsForwarded(context.Request.Headers)
                ? Reject("anonymous mode refuses forwarded requests (Forwarded or X-Forwarded-* headers)")
                : InboundIdentity.Anonymous;
        }
        if (anonymousMode)
        {
            // The SDK would validate a header even without an app id; with no app id there is no audience to
            // validate against, so no token can pass. Say so with 401 rather than ignore the header.
            return Reject("a token was sent but no Bot:AppId is configured to validate it");
        }
        if (headers.Count != 1 || !TryGetBearerToken(headers[0], out var token))
        {
            return Reject("the Authorization header is not exactly 'Bearer <token>'");
        }
        return await validator.ValidateAsync(token, context.RequestAborted);
    }

    /// <summary>True when the token may speak for this activity; records its serviceUrl as trusted for replies.</summary>
    public bool Authorize(InboundIdentity identity, Activity activity)
    {
        if (identity.IsAnonymous)
        {
            return true;
        }
        // Stricter than BotBuilder, which lets an activity without channelId skip the endorsement check.
        if (string.IsNullOrEmpty(activity.ChannelId) || !identity.Endorsements.Contains(activity.ChannelId))
        {
            return Deny("the signing key is not endorsed for the activity's channel");
        }
        if (activity.ServiceUrl is null || !string.Equals(identity.ServiceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Deny("the token's serviceurl claim does not match the activity's serviceUrl");
        }
        trust.RecordValidated(activity.ServiceUrl);
        return true;
    }

    private static bool TryGetBearerToken(string? header, out string token)
    {
        token = header is not null && header.StartsWith(BearerPrefix, StringComparison.Ordinal) ? header[BearerPrefix.Length..] : "";
        return token.Length > 0 && !token.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary><c>Forwarded</c> (RFC 7239), the de facto <c>X-Forwarded-*</c> family and nginx's <c>X-Real-IP</c>.</summary>
    private static bool IsForwarded(IHeaderDictionary headers)
    {
        foreach (var name in headers.Keys)
        {
            if (name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
                || name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private InboundIdentity? Reject(string reason)
    {
        BotFrameworkLog.RequestRejected(logger, reason);
        return null;
    }

    private bool Deny(string reason)
    {
        BotFrameworkLog.RequestRejected(logger, reason);
        return false;
    }
}
