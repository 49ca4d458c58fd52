using BplBot.BotFramework;
using BplBot.Data;

namespace BplBot.Conversations;

/// <summary>Claims an activity once per (channel, conversation, activity id); a redelivery finds the claim and is skipped.</summary>
/// <remarks>On SQLite the claims of turns arriving together are written in one transaction (<see cref="SqliteClaimBatch"/>).</remarks>
public sealed class ActivityDeduplicator(BplDbContext db, TimeProvider time, SqliteClaimBatch? batch = null)
{
    /// <summary>True when this delivery is the first; false for a duplicate, even one arriving at the same moment.</summary>
    public async Task<bool> TryClaimAsync(Activity activity, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(activity.Id) || activity.Conversation?.Id is not { } conversationId) return true;
        var channelId = activity.ChannelId ?? string.Empty;
        var activityId = activity.Id;

        // One write, no read: the unique index says whether another delivery claimed it first.
        var claim = new ProcessedActivity(channelId, conversationId, activityId, time.GetUtcNow());
        if (batch is not null && db.Database.CurrentTransaction is null) return await batch.ClaimAsync(db, claim);
        return await db.InsertIfAbsentAsync(claim, ct);
    }
}
