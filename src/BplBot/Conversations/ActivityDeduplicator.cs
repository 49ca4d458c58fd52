using BplBot.BotFramework;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Conversations;

/// <summary>Claims an activity once per (channel, conversation, activity id); a redelivery finds the claim and is skipped.</summary>
public sealed class ActivityDeduplicator(BplDbContext db, TimeProvider time)
{
    /// <summary>True when this delivery is the first; false for a duplicate.</summary>
    public async Task<bool> TryClaimAsync(Activity activity, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(activity.Id) || activity.Conversation?.Id is not { } conversationId) return true;
        var channelId = activity.ChannelId ?? string.Empty;

        if (await ExistsAsync(channelId, conversationId, activity.Id, ct)) return false;
        var claim = db.ProcessedActivities.Add(new ProcessedActivity(channelId, conversationId, activity.Id, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two deliveries raced and the unique index let exactly one through; anything else is a real failure.
            if (await ExistsAfterConflictAsync(claim.Entity, ct)) return false;
            throw;
        }
    }

    private Task<bool> ExistsAsync(string channelId, string conversationId, string activityId, CancellationToken ct) =>
        db.ProcessedActivities.AnyAsync(
            p => p.ChannelId == channelId && p.ConversationId == conversationId && p.ActivityId == activityId, ct);

    private async Task<bool> ExistsAfterConflictAsync(ProcessedActivity claim, CancellationToken ct)
    {
        db.Entry(claim).State = EntityState.Detached;
        return await ExistsAsync(claim.ChannelId, claim.ConversationId, claim.ActivityId, ct);
    }
}
