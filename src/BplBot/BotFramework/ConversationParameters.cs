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
}
