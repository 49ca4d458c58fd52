using Microsoft.Identity.Client;

namespace BplBot.BotFramework;

/// <summary>Routes MSAL's token requests through IHttpClientFactory: pooled handlers, and a seam to fake the token endpoint.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotFrameworkHttpClients.TokenEndpoint);
}
