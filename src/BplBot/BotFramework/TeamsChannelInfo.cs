namespace BplBot.BotFramework;

/// <summary>The Teams parts of <c>channelData</c>; any of them may be missing (team/channel only exist in channels).</summary>
public sealed record TeamsChannelInfo(
    string? TeamId,
    string? TeamName,
    string? ChannelId,
    string? ChannelName,
    string? EventType,
    string? TenantId);
