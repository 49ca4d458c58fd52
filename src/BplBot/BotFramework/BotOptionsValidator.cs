using Microsoft.Extensions.Options;

namespace BplBot.BotFramework;

/// <summary>The cross-field rules DataAnnotations can't express, with messages that name the config key to fix.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        var hasAppId = !options.IsAnonymousMode;

        if (hasAppId && string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add("Bot:AppPassword is required when Bot:AppId is set.");
        }
        if (hasAppId && options.AppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Bot:TenantId is required for a SingleTenant bot (or set Bot:AppType to MultiTenant).");
        }
        if (hasAppId && options.AppType == BotAppType.MultiTenant && options.EffectiveAllowedTenantIds.Count == 0)
        {
            failures.Add("Bot:AllowedTenantIds is required for a MultiTenant bot: the bot answers only the tenants listed there.");
        }
        if (options.AllowedTenantIds?.Any(string.IsNullOrWhiteSpace) == true)
        {
            failures.Add("Bot:AllowedTenantIds must not contain empty entries.");
        }
        if (!hasAppId && !string.IsNullOrWhiteSpace(options.AppPassword))
        {
            // A secret without an id almost always means a half-applied config that would silently run anonymous.
            failures.Add("Bot:AppPassword is set but Bot:AppId is empty; set both, or neither for anonymous local mode.");
        }
        if (!string.IsNullOrWhiteSpace(options.TenantId) && options.TenantId.Contains('/'))
        {
            failures.Add("Bot:TenantId must be a tenant id or domain, not a URL.");
        }

        // Keys fetched over http let anyone on the path forge tokens; the client secret would go to the authority in clear.
        RequireHttpsUrl(options.OpenIdMetadataUrl, "Bot:OpenIdMetadataUrl", failures);
        RequireHttpsUrl(options.LoginAuthority, "Bot:LoginAuthority", failures);

        if (options.RetryBaseDelay <= TimeSpan.Zero)
        {
            failures.Add("Bot:RetryBaseDelay must be positive.");
        }
        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add("Bot:RetryMaxDelay must be at least Bot:RetryBaseDelay.");
        }
        if (options.OutboundTimeout <= TimeSpan.Zero)
        {
            failures.Add("Bot:OutboundTimeout must be positive.");
        }
        foreach (var entry in options.TrustedServiceUrlHosts ?? [])
        {
            if (TrustedHostProblem(entry) is { } problem)
            {
                failures.Add($"Bot:TrustedServiceUrlHosts: {problem}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>https, or http to a loopback host (the tests' own issuer and a local authority).</summary>
    private static void RequireHttpsUrl(string value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute https URL.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            failures.Add($"{key} must use https (http is accepted for a loopback host only).");
        }
    }

    /// <summary>
    /// The token goes to every host an entry matches, so an entry is a host name or <c>*.</c> and a domain of at least
    /// two labels: <c>*.com</c> or <c>*</c> would hand the token to anyone, and a URL or port is a mistake that never matches.
    /// </summary>
    private static string? TrustedHostProblem(string? entry)
    {
        var host = entry?.Trim();
        if (string.IsNullOrEmpty(host))
        {
            return "empty entries are not allowed.";
        }
        if (host.IndexOfAny(['/', ':', '@', '\\', ' ']) >= 0)
        {
            return $"'{host}' must be a host name, without scheme, port or path (e.g. smba.trafficmanager.net).";
        }
        var domain = host.StartsWith("*.", StringComparison.Ordinal) ? host[2..] : host;
        if (domain.Contains('*', StringComparison.Ordinal))
        {
            return $"'{host}' may only start with '*.' (e.g. *.botframework.com); '*' elsewhere is not allowed.";
        }
        var labels = domain.Split('.');
        if (labels.Any(label => label.Length == 0))
        {
            return $"'{host}' has an empty label.";
        }
        if (host.StartsWith("*.", StringComparison.Ordinal) && labels.Length < 2)
        {
            return $"'{host}' covers a whole top-level domain; a wildcard needs at least two labels after '*.' (e.g. *.botframework.com).";
        }
        return null;
    }
}
