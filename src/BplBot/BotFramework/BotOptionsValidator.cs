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

        RequireAbsoluteUrl(options.OpenIdMetadataUrl, "Bot:OpenIdMetadataUrl", failures);
        RequireAbsoluteUrl(options.LoginAuthority, "Bot:LoginAuthority", failures);

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
        if (options.TrustedServiceUrlHosts?.Any(string.IsNullOrWhiteSpace) == true)
        {
            failures.Add("Bot:TrustedServiceUrlHosts must not contain empty entries.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireAbsoluteUrl(string value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL.");
        }
    }
}
