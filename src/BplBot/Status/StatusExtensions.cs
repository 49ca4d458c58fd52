using BplBot.Conversations.Commands;
using BplBot.Data;
using Microsoft.Extensions.Options;

namespace BplBot.Status;

public static class StatusExtensions
{
    /// <summary>Status, overview, next meeting, coach's rating, and the chart links.</summary>
    public static WebApplicationBuilder AddStatus(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StatusOptions>().BindConfiguration(StatusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StatusOptions>, StatusOptionsValidator>();
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
