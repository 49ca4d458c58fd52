using BplBot.BotFramework;
using BplBot.Data;

namespace BplBot.Conversations;

/// <summary>Claims an activity once per (channel, conversation, activity id); a redelivery finds the claim and is skipped.</summary>
public sealed class ActivityDeduplicator(BplDbContext db, TimeProvider time)
{
    /// <summary>True when this delivery is the first; false for a duplicate, even one arriving at the same moment.</summary>
    public async Task<bool> TryClaimAsync(Activity activity, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(activity.Id) || activity.Conversation?.Id is not { } conversationId) return true;
        var channelId = activity.ChannelId ?? string.Empty;
        var activityId = activity.Id;

        // One write, no read: the unique index says whether another delivery claimed it first.
        return await db.InsertIfAbsentAsync(new ProcessedActivity(channelId, conversationId, activityId, time.GetUtcNow()), ct);
    }
}
