using BplBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BplBot.Network;

public static class NetworkExtensions
{
    /// <summary>The network file (or the demo network) and its import.</summary>
    public static WebApplicationBuilder AddNetwork(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.Section)
            .PostConfigure(o => o.File = string.IsNullOrWhiteSpace(o.File) ? null : builder.ResolveSettingsPath(o.File))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NetworkOptions>, NetworkOptionsValidator>());
        builder.Services.AddScoped<NetworkImporter>();
        builder.Services.AddScoped<NetworkLoader>();
        return builder;
    }
}
