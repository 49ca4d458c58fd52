using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BplBot.BotFramework;

/// <summary>What the connector client may do with a service URL.</summary>
internal enum ServiceUrlAccess
{
    Refused,
    WithoutToken,
    WithToken,
}

/// <summary>
/// Decides which service URLs get the bot's token (spec §3c): https hosts seen in a validated activity or on the
/// allowlist. Loopback is only reachable in anonymous mode, and then without a token. Everything else is refused,
/// so a forged or stale serviceUrl can neither receive our token nor make us call arbitrary hosts (SSRF).
/// </summary>
internal sealed class ServiceUrlTrust(IOptions<BotOptions> options)
{
    // Validated hosts are Microsoft's few regional endpoints; the cap only bounds memory if that ever changes.
    private const int MaxValidatedOrigins = 256;
    private readonly ConcurrentDictionary<string, byte> _validatedOrigins = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Called after an activity's token was fully validated, serviceurl claim included.</summary>
    public void RecordValidated(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            && _validatedOrigins.Count < MaxValidatedOrigins)
        {
            _validatedOrigins.TryAdd(Origin(uri), 0);
        }
    }

    public ServiceUrlAccess Decide(Uri serviceUrl)
    {
        var anonymousMode = options.Value.IsAnonymousMode;
        if (anonymousMode && serviceUrl.IsLoopback)
        {
            return ServiceUrlAccess.WithoutToken;
        }
        if (serviceUrl.Scheme != Uri.UriSchemeHttps || !IsTrustedHost(serviceUrl))
        {
            return ServiceUrlAccess.Refused;
        }
        // Without an app id there is no token to attach; the SDK sends token-less in that mode too.
        return anonymousMode ? ServiceUrlAccess.WithoutToken : ServiceUrlAccess.WithToken;
    }

    private bool IsTrustedHost(Uri uri) =>
        _validatedOrigins.ContainsKey(Origin(uri))
        || options.Value.EffectiveTrustedServiceUrlHosts.Any(entry => HostMatches(uri.IdnHost, entry.Trim()));

    /// <summary><c>*.example.com</c> matches example.com and any subdomain; a plain entry matches exactly.</summary>
    private static bool HostMatches(string host, string entry)
    {
        if (!entry.StartsWith("*.", StringComparison.Ordinal))
        {
            return string.Equals(host, entry, StringComparison.OrdinalIgnoreCase);
        }
        var domain = entry[2..];
        return string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
    }

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
