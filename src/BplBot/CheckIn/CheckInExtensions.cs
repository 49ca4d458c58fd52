using BplBot.Conversations.Commands;
using BplBot.Dialogs;
using BplBot.Domain.Rating;

namespace BplBot.CheckIn;

public static class CheckInExtensions
{
    /// <summary>The check-in dialog, its commands and the dialog state it keeps.</summary>
    public static IServiceCollection AddCheckIn(this IServiceCollection services)
    {
        services.AddOptions<DialogOptions>().BindConfiguration(DialogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(ImprovementScale.Default);
        services.AddSingleton<CheckInFlow>();
        services.AddScoped<DialogStore>();
        services.AddScoped<CheckInData>();
        services.AddScoped<CheckInSaver>();
        services.AddScoped<SupportNotifier>();
        services.AddScoped<CheckInDialog>();
        services.AddScoped<CheckInRunner>();
        services.AddScoped<ICommandHandler, ReportCommand>();
        services.AddScoped<ICommandHandler, EditLastCommand>();
        return services;
    }
}
