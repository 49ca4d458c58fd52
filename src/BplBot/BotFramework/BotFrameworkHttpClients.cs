namespace BplBot.BotFramework;

/// <summary>
/// The IHttpClientFactory names this folder uses, public so hosts and tests can swap a primary handler:
/// <c>services.AddHttpClient(BotFrameworkHttpClients.Connector).ConfigurePrimaryHttpMessageHandler(...)</c>.
/// </summary>
public static class BotFrameworkHttpClients
{
    /// <summary>Calls to <c>{serviceUrl}v3/...</c> (the typed <see cref="ConnectorClient"/>).</summary>
    public const string Connector = "BplBot.BotFramework.Connector";

    /// <summary>The OpenID metadata document and its JWKS (inbound token keys).</summary>
    public const string OpenIdMetadata = "BplBot.BotFramework.OpenIdMetadata";

    /// <summary>MSAL's calls to the Entra token endpoint (outbound token).</summary>
    public const string TokenEndpoint = "BplBot.BotFramework.TokenEndpoint";
}
