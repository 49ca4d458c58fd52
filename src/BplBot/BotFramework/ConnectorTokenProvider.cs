using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BplBot.BotFramework;

/// <summary>
/// The bot's outbound token (spec §3b): one MSAL confidential client for the process, asked per call; MSAL's
/// in-memory app token cache answers until the token nears expiry.
/// </summary>
internal sealed class ConnectorTokenProvider(IOptions<BotOptions> options, MsalHttpClientFactory httpClientFactory)
{
    public const string Scope = "https://api.botframework.com/.default";
    private const string MultiTenantAuthorityTenant = "botframework.com";

    private readonly Lazy<IConfidentialClientApplication?> _app = new(() => Create(options.Value, httpClientFactory));

    /// <summary>The bearer token, or null in anonymous mode. Throws <see cref="MsalException"/> when Entra refuses.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_app.Value is not { } app)
        {
            return null;
        }
        var result = await app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    internal static string Authority(BotOptions options)
    {
        var tenant = options.AppType == BotAppType.MultiTenant ? MultiTenantAuthorityTenant : options.TenantId;
        return $"{options.LoginAuthority.TrimEnd('/')}/{tenant}";
    }

    private static IConfidentialClientApplication? Create(BotOptions options, MsalHttpClientFactory httpClientFactory)
    {
        if (options.IsAnonymousMode)
        {
            return null;
        }
        // The authority comes from our own validated config, so MSAL's authority validation and instance discovery
        // (an extra call to login.microsoftonline.com) add nothing but a request a sovereign cloud or a test can't answer.
        return ConfidentialClientApplicationBuilder.Create(options.AppId)
            .WithClientSecret(options.AppPassword)
            .WithAuthority(Authority(options), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }
}
