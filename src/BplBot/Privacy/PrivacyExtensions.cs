using BplBot.Audit;
using BplBot.Conversations.Commands;
using BplBot.Export;
using BplBot.Hosting;
using BplBot.Retention;

namespace BplBot.Privacy;

public static class PrivacyExtensions
{
    /// <summary>
    /// People's rights and the network's records: <c>mina data</c>, <c>radera mina data</c>, <c>radera person</c>,
    /// the audit trail and <c>logg</c>, retention (its nightly job is in AddJobs), and the archive export.
    /// </summary>
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        ExportCommand.AddExport(services);
        services.AddSingleton<SignedLinks>();
        services.AddSingleton<PrivacyLinks>();
        services.AddScoped<PersonalDataReader>();
        services.AddScoped<Redaction>();
        services.AddScoped<SqliteScrub>();
        services.AddScoped<PersonErasure>();
        services.AddScoped<NetworkFileRoster>();
        services.AddScoped<InactivePeople>();
        services.AddScoped<RetentionRun>();
        services.AddScoped<ICommandHandler, MyDataCommand>();
        services.AddScoped<ICommandHandler, EraseMyDataCommand>();
        services.AddScoped<ICommandHandler, ErasePersonCommand>();
        services.AddScoped<ICommandHandler, AuditLogCommand>();
        services.AddScoped<ICommandHandler, ExportChatCommand>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app)
    {
        app.MapPersonalData();
        app.MapExport();
        return app;
    }
}
