using Microsoft.Extensions.Options;

namespace BplBot.Outbox;

public static class OutboxExtensions
{
    /// <summary>The one proactive pipeline: the writer jobs and turns plan rows with, and the dispatcher that sends them.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<OutboxClaims>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxDelivery>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SendThrottle>();
        services.AddSingleton<DispatchLeadership>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<OutboxOptions>>().Value;
            return new SendLimits(o.PerConversationPerSecond, o.PerTenantPerSecond);
        });
        services.AddHostedService<OutboxDispatchService>();
        return services;
    }
}
