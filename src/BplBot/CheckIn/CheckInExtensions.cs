using BplBot.Conversations.Commands;
using BplBot.Dialogs;
using BplBot.Domain.Rating;

namespace BplBot.CheckIn;

public static class CheckInExtensions
{
    /// <summary>The check-in dialog and its commands.</summary>
    public static WebApplicationBuilder AddCheckIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(ImprovementScale.Default);
        services.AddSingleton<CheckInFlow>();
        services.AddScoped<CheckInData>();
        services.AddScoped<CheckInSaver>();
        services.AddScoped<SupportNotifier>();
        services.AddScoped<CheckInCompletion>();
        services.AddScoped<CheckInDialog>();
        services.AddScoped<IDialog>(sp => sp.GetRequiredService<CheckInDialog>());
        services.AddScoped<CheckInStarter>();
        services.AddScoped<ICommandHandler, ReportCommand>();
        services.AddScoped<ICommandHandler, EditLastCommand>();
        services.AddScoped<ICommandHandler, SupportDoneCommand>();
        return builder;
    }
}
