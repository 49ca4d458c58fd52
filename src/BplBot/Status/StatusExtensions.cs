using BplBot.Conversations.Commands;
using BplBot.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BplBot.Status;

public static class StatusExtensions
{
    /// <summary>Status, overview, next meeting, coach's rating, and the chart links' keys (kept beside the database).</summary>
    public static WebApplicationBuilder AddStatus(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StatusOptions>().BindConfiguration(StatusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StatusOptions>, StatusOptionsValidator>();
        var database = new SqliteConnectionStringBuilder(builder.Configuration.ConnectionString()).DataSource;
        services.AddDataProtection().SetApplicationName("BplBot")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(database)!, "keys")));
        services.AddSingleton<StatusAccess>();
        services.AddSingleton<StatusCard>();
        services.AddScoped<TeamStatusReader>();
        services.AddScoped<StatusOverview>();
        services.AddScoped<ICommandHandler, StatusCommand>();
        services.AddScoped<ICommandHandler, NextMeetingCommand>();
        services.AddScoped<ICommandHandler, CoachRatingCommand>();
        services.AddScoped<ICommandHandler, Roles.SetRoleCommand>();
        services.AddScoped<ICommandHandler, Roles.RemoveRoleCommand>();
        return builder;
    }
}
