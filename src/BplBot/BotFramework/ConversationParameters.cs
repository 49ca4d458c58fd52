using System.Text.Json.Nodes;

namespace BplBot.BotFramework;

/// <summary>The body of <c>POST v3/conversations</c> (a proactive 1:1 chat, or a new channel thread).</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TenantId { get; init; }
    public JsonNode? ChannelData { get; init; }
    public Activity? Activity { get; init; }

    /// <summary>
    /// A proactive 1:1 chat with a user (spec §2): the docs' <c>bot</c>, <c>members</c> and <c>channelData.tenant</c>,
    /// plus the SDK's <c>isGroup:false</c> and <c>tenantId</c>. The user id is the <c>29:…</c> id, not an email.
    /// </summary>
    public static ConversationParameters ForPersonalChat(string botId, string userId, string tenantId) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = botId },
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };
}
