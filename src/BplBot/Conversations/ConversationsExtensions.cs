using BplBot.BotFramework;
using BplBot.CheckIn;
using BplBot.Conversations.Commands;
using BplBot.Demo;
using BplBot.Dialogs;
using BplBot.Help;
using BplBot.Linking;
using BplBot.Roster;

namespace BplBot.Conversations;

public static class ConversationsExtensions
{
    /// <summary>The turn pipeline (the handler the endpoint hands activities to), dialogs, command routing and the commands.</summary>
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InboundRateLimit>();
        services.AddScoped<IActivityHandler, BotActivityHandler>();
        services.AddScoped<ActivityDeduplicator>();
        services.AddScoped<ConversationReferenceStore>();
        services.AddScoped<PersonResolver>();
        services.AddScoped<PersonalChats>();
        services.AddScoped<PrivateReplies>();
        services.AddScoped<NetworkDirectory>();
        services.AddScoped<CommandRouter>();
        services.AddScoped<Unrecognised>();
        services.AddScoped<Greeter>();
        services.AddScoped<DemoEnrollment>();
        builder.AddDialogs();

        services.AddScoped<HelpCommand>();
        services.AddScoped<ICommandHandler>(sp => sp.GetRequiredService<HelpCommand>());
        services.AddScoped<ICommandHandler, ListTeamsCommand>();
        services.AddScoped<ICommandHandler, WhoAmICommand>();
        services.AddScoped<ICommandHandler, LanguageCommand>();
        services.AddScoped<ICommandHandler, LinkCommand>();
        services.AddScoped<ICommandHandler, DemoCommand>();
        builder.AddCheckIn();
        return builder;
    }
}
