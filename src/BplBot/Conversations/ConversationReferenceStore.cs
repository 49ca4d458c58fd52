using BplBot.BotFramework;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Conversations;

public enum ReferenceChange
{
    Unchanged,
    /// <summary>First time the bot hears from this conversation, or it was uninstalled before: a greeting is due.</summary>
    Installed,
}

/// <summary>Keeps one conversation reference per conversation, fresh from every activity.</summary>
public sealed class ConversationReferenceStore(BplDbContext db, ReadCache cache, TimeProvider time)
{
    public async Task<(ConversationReference? Reference, ReferenceChange Change)> RefreshAsync(Activity activity, CancellationToken ct)
    {
        if (Snapshot(activity) is not { } seen || activity.GetBaseConversationId() is not { } conversationId)
            return (null, ReferenceChange.Unchanged);

        var now = time.GetUtcNow();
        var channelId = activity.ChannelId ?? string.Empty;
        Task<ConversationReference?> Find(CancellationToken c) => FindAsync(channelId, conversationId, c);

        // Most turns change nothing on the reference: answered from the cache, with no read and no write.
        var key = $"reference:{channelId}:{conversationId}";
        var known = await cache.GetAsync(key, () => db.ConversationReferences.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ChannelId == channelId && c.ConversationId == conversationId, ct));
        if (known is not null && known.IsUpToDate(seen, now)) return (known, ReferenceChange.Unchanged);

        var reference = await Find(ct);
        if (reference is null)
        {
            var created = new ConversationReference(channelId, conversationId, activity.ConversationKind(), now);
            created.Refresh(seen, now);
            var (stored, inserted) = await db.InsertOrFindAsync(created, Find, ct);
            if (inserted) return (stored, ReferenceChange.Installed);
            reference = stored;
        }
        // IsActive is a concurrency token: when a concurrent turn flipped it first (a reinstall, an uninstall), this
        // turn reads the row again and decides on it; only the turn that reactivated the reference greets.
        for (var attempt = 0; ; attempt++)
        {
            var reinstalled = reference.Refresh(seen, now);
            try
            {
                await db.SaveChangesAsync(ct);
                return (reference, reinstalled ? ReferenceChange.Installed : ReferenceChange.Unchanged);
            }
            catch (DbUpdateConcurrencyException)
            {
                await db.Entry(reference).ReloadAsync(ct);
                // Installs and uninstalls racing each other: the reference will be refreshed by the next activity.
                if (attempt >= 3) return (reference, ReferenceChange.Unchanged);
            }
        }
    }

    /// <summary>One idempotent statement, whatever other turns do to the row meanwhile: an uninstall always wins its write.</summary>
    public async Task MarkRemovedAsync(Activity activity, CancellationToken ct)
    {
        if (activity.GetBaseConversationId() is not { } conversationId) return;
        var channelId = activity.ChannelId ?? string.Empty;
        var now = time.GetUtcNow();
        await db.WriteAsync(() => db.ConversationReferences.Where(c => c.ChannelId == channelId && c.ConversationId == conversationId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.IsActive, false).SetProperty(c => c.RemovedAt, now).SetProperty(c => c.LastSeenAt, now), ct), ct);
    }

    private Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken ct) =>
        db.ConversationReferences.SingleOrDefaultAsync(c => c.ChannelId == channelId && c.ConversationId == conversationId, ct);

    private static ReferenceSnapshot? Snapshot(Activity activity)
    {
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Recipient?.Id is not { } botId) return null;
        var personal = activity.ConversationKind() == "personal";
        // In a 1:1 chat the user is whoever is not the bot: the sender of a message, or the added member on install.
        var user = personal ? PersonalUser(activity, botId) : null;
        return new ReferenceSnapshot(serviceUrl, botId, activity.Recipient.Name, activity.GetTenantId(),
            activity.GetTeamsChannelData()?.TeamId, user?.Id, user?.AadObjectId);
    }

    private static ChannelAccount? PersonalUser(Activity activity, string botId) =>
        activity.From is { Id: { } fromId } from && fromId != botId
            ? from
            : activity.MembersAdded?.FirstOrDefault(m => m.Id != botId);
}
