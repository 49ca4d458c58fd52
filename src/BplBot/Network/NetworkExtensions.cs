using BplBot.Hosting;

namespace BplBot.Network;

public static class NetworkExtensions
{
    /// <summary>The network file (or the demo network) and its import.</summary>
    public static WebApplicationBuilder AddNetwork(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NetworkOptions>().BindConfiguration("Network")
            .PostConfigure(o => o.File = string.IsNullOrWhiteSpace(o.File) ? null : builder.ResolveSettingsPath(o.File));
        builder.Services.AddScoped<NetworkImporter>();
        builder.Services.AddScoped<NetworkLoader>();
        return builder;
    }
}
