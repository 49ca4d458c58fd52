using System.ComponentModel.DataAnnotations;

namespace BplBot.BotFramework;

/// <summary>Whether the bot's Entra app lives in one tenant or is a (legacy) multi-tenant app.</summary>
public enum BotAppType
{
    SingleTenant,
    MultiTenant,
}

/// <summary>
/// The "Bot" configuration section. Without <see cref="AppId"/> the bot runs in anonymous mode: it accepts
/// token-less requests from loopback callers only (local playground) and sends replies without a token.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The allowlist used when <see cref="TrustedServiceUrlHosts"/> is not configured (spec §3c narrowed to where the connector lives: blob storage, SharePoint and svc.ms hosts can be created by anyone, so they never get the token).
    /// <c>*.example.com</c> matches example.com and its subdomains; a plain entry matches that host only.</summary>
    public static readonly IReadOnlyList<string> DefaultTrustedServiceUrlHosts =
    [
        "*.botframework.com",
        "smba.trafficmanager.net",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
    ];

    /// <summary>The Entra application (client) id; the audience of inbound tokens. Empty = anonymous mode.</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret used to get outbound tokens. Required with <see cref="AppId"/>.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The bot's Entra tenant. Required for <see cref="BotAppType.SingleTenant"/>.</summary>
    public string? TenantId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>
    /// The Entra tenants whose activities the bot answers (the region and the municipalities may be separate
    /// tenants). Null or empty = <see cref="TenantId"/> alone. Anything else is ignored with 200.
    /// </summary>
    public IList<string>? AllowedTenantIds { get; set; }

    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 262144;

    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [Required]
    public string ValidIssuer { get; set; } = "https://api.botframework.com";

    [Required]
    public string LoginAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Hosts that get the bot's token even before an activity from them was validated. Null = the defaults.
    /// Configuring the list replaces the defaults (a default-valued list would be merged by the binder instead).</summary>
    public IList<string>? TrustedServiceUrlHosts { get; set; }

    /// <summary>Attempts per connector call, the first included; only 429/412/502/504 are retried.</summary>
    [Range(1, 10)]
    public int MaxSendAttempts { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts; a longer Retry-After ends the retries with Throttled.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan OutboundTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsAnonymousMode => string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyList<string> EffectiveAllowedTenantIds =>
        AllowedTenantIds is { Count: > 0 } tenants ? [.. tenants.Select(t => t.Trim())]
        : string.IsNullOrWhiteSpace(TenantId) ? [] : [TenantId.Trim()];

    /// <summary>True when an activity from <paramref name="tenantId"/> may be answered; every tenant in anonymous mode.</summary>
    public bool IsAllowedTenant(string? tenantId) =>
        IsAnonymousMode || (tenantId is not null && EffectiveAllowedTenantIds.Contains(tenantId, StringComparer.OrdinalIgnoreCase));

    public IReadOnlyList<string> EffectiveTrustedServiceUrlHosts =>
        TrustedServiceUrlHosts is { Count: > 0 } hosts ? [.. hosts] : DefaultTrustedServiceUrlHosts;
}
