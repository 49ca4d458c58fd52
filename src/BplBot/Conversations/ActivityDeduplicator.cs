using BplBot.BotFramework;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;

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

        Task<ProcessedActivity?> Find(CancellationToken c) => db.ProcessedActivities.SingleOrDefaultAsync(
            p => p.ChannelId == channelId && p.ConversationId == conversationId && p.ActivityId == activityId, c);

        if (await Find(ct) is not null) return false;
        var claim = new ProcessedActivity(channelId, conversationId, activityId, time.GetUtcNow());
        return (await db.AddOrGetExistingAsync(claim, Find, ct)).IsTheOneAdded(claim);
    }
}
