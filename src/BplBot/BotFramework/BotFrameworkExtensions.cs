using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BplBot.BotFramework;

public static class BotFrameworkExtensions
{
    public const string MessagesPath = "/api/messages";
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers the protocol layer: validated <see cref="BotOptions"/> ("Bot" section), inbound token validation,
    /// the <see cref="ConnectorClient"/> and its token. The application registers its own scoped <see cref="IActivityHandler"/>.
    /// </summary>
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(BotFrameworkHttpClients.OpenIdMetadata, http => http.Timeout = MetadataTimeout);
        services.AddHttpClient(BotFrameworkHttpClients.TokenEndpoint, UseOutboundTimeout);
        services.AddHttpClient(BotFrameworkHttpClients.Connector, UseOutboundTimeout)
            // A redirect from the connector is a failure, never a reason to carry our token to another host.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddTypedClient((http, provider) => new ConnectorClient(http, provider.GetRequiredService<ConnectorRequestSender>()));

        services.AddSingleton<OpenIdKeySource>();
        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<ChannelTokenValidator>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<MsalHttpClientFactory>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<ConnectorRequestSender>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddHostedService<BotFrameworkStartupLog>();
        return builder;
    }

    private static void UseOutboundTimeout(IServiceProvider provider, HttpClient http) =>
        http.Timeout = provider.GetRequiredService<IOptions<BotOptions>>().Value.OutboundTimeout;

    /// <summary>Maps <c>POST /api/messages</c>; other methods get 405 from routing.</summary>
    public static RouteHandlerBuilder MapBotFramework(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(MessagesPath, static (HttpContext context, [FromServices] MessagesEndpoint endpoint,
                [FromServices] ConnectorClient connector, [FromServices] IActivityHandler handler) =>
            endpoint.HandleAsync(context, connector, handler));
}
