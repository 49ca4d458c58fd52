using BplBot.BotFramework;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Dialogs;

/// <summary>Loads and saves dialog state. Saving goes through the context's SaveChanges, with what else the turn changed.</summary>
public sealed class DialogStore(BplDbContext db)
{
    /// <summary>The person's dialog in <paramref name="conversationId"/> (default: the activity's conversation).</summary>
    public static DialogKey? KeyOf(Activity activity, string? conversationId = null)
    {
        var conversation = conversationId ?? activity.GetBaseConversationId();
        var user = activity.From?.AadObjectId ?? activity.From?.Id;
        if (conversation is null || string.IsNullOrEmpty(user)) return null;
        return new DialogKey(activity.ChannelId ?? string.Empty, conversation, user.ToLowerInvariant());
    }

    public Task<DialogState?> FindAsync(DialogKey key, CancellationToken ct) =>
        db.DialogStates.SingleOrDefaultAsync(
            d => d.ChannelId == key.ChannelId && d.ConversationId == key.ConversationId && d.UserId == key.UserId, ct);

    public void Remove(DialogState state) => db.DialogStates.Remove(state);

    public DialogState Add(DialogKey key, string kind, DateTimeOffset now) =>
        db.DialogStates.Add(new DialogState(key, kind, now)).Entity;

    /// <summary>Forgets what this turn staged, before the turn is run again on fresh state.</summary>
    public void Reset() => db.ChangeTracker.Clear();

    /// <summary>Removes dialogs that expired before <paramref name="before"/>.</summary>
    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct) =>
        db.DialogStates.Where(d => d.ExpiresAt < before).ExecuteDeleteAsync(ct);
}
