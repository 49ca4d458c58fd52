using BplBot.BotFramework;
using BplBot.CheckIn;
using BplBot.Conversations.Commands;
using BplBot.Demo;
using BplBot.Help;
using BplBot.Linking;
using BplBot.Roster;

namespace BplBot.Conversations;

public static class ConversationsExtensions
{
    /// <summary>Command routing, the commands, and the handler the Bot Framework endpoint hands activities to.</summary>
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<IActivityHandler, BotActivityHandler>();
        services.AddScoped<ActivityDeduplicator>();
        services.AddScoped<ConversationReferenceStore>();
        services.AddScoped<PersonResolver>();
        services.AddScoped<PersonalChats>();
        services.AddScoped<NetworkDirectory>();
        services.AddScoped<CommandRouter>();
        services.AddScoped<Greeter>();
        services.AddScoped<DemoEnrollment>();

        services.AddScoped<HelpCommand>();
        services.AddScoped<ICommandHandler>(sp => sp.GetRequiredService<HelpCommand>());
        services.AddScoped<ICommandHandler, ListTeamsCommand>();
        services.AddScoped<ICommandHandler, WhoAmICommand>();
        services.AddScoped<ICommandHandler, LinkCommand>();
        services.AddScoped<ICommandHandler, DemoCommand>();
        services.AddCheckIn();
        return builder;
    }
}
