using BplBot.Conversations.Commands;
using BplBot.Digest;
using BplBot.Outbox;
using BplBot.Reminders;

namespace BplBot.Meetings;

public static class MeetingsExtensions
{
    /// <summary>The network's rhythm: meetings, their reminders, the weekly digest, and the outbox that delivers them.</summary>
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOutbox();
        services.AddScoped<ReminderScheduler>();
        services.AddScoped<ReminderSender>();
        services.AddScoped<DigestBuilder>();
        services.AddScoped<DigestMark>();
        services.AddScoped<DigestProblems>();
        services.AddScoped<ICommandHandler, NewMeetingCommand>();
        services.AddScoped<ICommandHandler, MeetingsCommand>();
        services.AddScoped<ICommandHandler, MoveMeetingCommand>();
        services.AddScoped<ICommandHandler, CancelMeetingCommand>();
        services.AddScoped<ICommandHandler, PauseRemindersCommand>();
        services.AddScoped<ICommandHandler, ResumeRemindersCommand>();
        services.AddScoped<ICommandHandler, DigestCommand>();
        return builder;
    }
}
