// TEMPORARY placeholder on main until the protocol branch lands; replaced wholesale by it.
namespace BplBot.BotFramework;

public static class BotFrameworkExtensions
{
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConnectorClient>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder app) => app;
}

public static class ActivityExtensions
{
    public static string? GetTextWithoutBotMention(this Activity a) => a.Text;
    public static bool IsBotAdded(this Activity a) => a.MembersAdded?.Any(m => m.Id == a.Recipient?.Id) == true;
    public static bool IsBotRemoved(this Activity a) => a.MembersRemoved?.Any(m => m.Id == a.Recipient?.Id) == true;
    public static string? GetTenantId(this Activity a) => a.Conversation?.TenantId;
    public static TeamsChannelInfo? GetTeamsChannelData(this Activity a) => null;
    public static string ConversationKind(this Activity a) => a.Conversation?.ConversationType ?? "personal";
    public static string? GetBaseConversationId(this Activity a) => a.Conversation?.Id?.Split(';')[0];
}

public sealed record TeamsChannelInfo(string? TeamId, string? TeamName, string? ChannelId, string? ChannelName, string? EventType, string? TenantId);
