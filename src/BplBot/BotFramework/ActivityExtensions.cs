using System.Text.Json.Nodes;

namespace BplBot.BotFramework;

/// <summary>Teams-aware reading helpers over an inbound <see cref="Activity"/>.</summary>
public static class ActivityExtensions
{
    private const string MessageIdMarker = ";messageid=";

    /// <summary>The text without the bot's own @mention, other mentions reduced to their names, trimmed.</summary>
    public static string? GetTextWithoutBotMention(this Activity activity) =>
        activity.Text is null ? null : MentionText.Strip(activity.Text, activity);

    /// <summary>True when this conversationUpdate adds the bot itself (its install into a chat or team).</summary>
    public static bool IsBotAdded(this Activity activity) => ContainsRecipient(activity.MembersAdded, activity);

    public static bool IsBotRemoved(this Activity activity) => ContainsRecipient(activity.MembersRemoved, activity);

    public static string? GetTenantId(this Activity activity) =>
        NonEmpty(activity.Conversation?.TenantId) ?? ReadString(activity.ChannelData, "tenant", "id");

    /// <summary>The team/channel/event parts of <c>channelData</c>, or null when there is no channelData object.</summary>
    public static TeamsChannelInfo? GetTeamsChannelData(this Activity activity)
    {
        if (activity.ChannelData is not JsonObject data)
        {
            return null;
        }
        // teamsTeamId/teamsChannelId are flat copies Teams (and the playground) also send.
        return new TeamsChannelInfo(
            TeamId: ReadString(data, "team", "id") ?? ReadString(data, "teamsTeamId"),
            TeamName: ReadString(data, "team", "name"),
            ChannelId: ReadString(data, "channel", "id") ?? ReadString(data, "teamsChannelId"),
            ChannelName: ReadString(data, "channel", "name"),
            EventType: ReadString(data, "eventType"),
            TenantId: ReadString(data, "tenant", "id"));
    }

    public static bool IsGroupConversation(this Activity activity) =>
        activity.Conversation?.IsGroup == true || activity.ConversationKind() != ConversationKinds.Personal;

    /// <summary>"personal", "groupChat" or "channel" (see <see cref="ConversationKinds"/>); docs spell it both groupChat and groupchat.</summary>
    public static string ConversationKind(this Activity activity)
    {
        var type = activity.Conversation?.ConversationType;
        if (string.Equals(type, ConversationKinds.Channel, StringComparison.OrdinalIgnoreCase))
        {
            return ConversationKinds.Channel;
        }
        if (string.Equals(type, ConversationKinds.GroupChat, StringComparison.OrdinalIgnoreCase))
        {
            return ConversationKinds.GroupChat;
        }
        if (string.Equals(type, ConversationKinds.Personal, StringComparison.OrdinalIgnoreCase) || activity.Conversation?.IsGroup != true)
        {
            return ConversationKinds.Personal;
        }
        // No (known) type but a group: only channels carry a team.
        return ReadString(activity.ChannelData, "team", "id") is null ? ConversationKinds.GroupChat : ConversationKinds.Channel;
    }

    /// <summary>The conversation id without a channel thread's <c>;messageid=…</c> suffix: the channel itself.</summary>
    public static string? GetBaseConversationId(this Activity activity)
    {
        var id = activity.Conversation?.Id;
        var marker = id?.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
        return marker < 0 ? id : id![..marker];
    }

    private static bool ContainsRecipient(IReadOnlyList<ChannelAccount>? members, Activity activity)
    {
        var botId = activity.Recipient?.Id;
        return !string.IsNullOrEmpty(botId) && members?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) == true;
    }

    /// <summary>Walks <paramref name="path"/> and returns a string leaf; anything else (missing, number, object) is null.</summary>
    private static string? ReadString(JsonNode? node, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
        }
        return node is JsonValue value && value.TryGetValue<string>(out var text) ? NonEmpty(text) : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
