using System.Collections.Concurrent;
using BplBot.BotFramework;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BplBot.Dialogs;

/// <summary>Loads and saves dialog state. Saving goes through the context's SaveChanges, with what else the turn changed.</summary>
/// <remarks>
/// That a person has no dialog going on is kept (<see cref="ReadCache.FindUnlessKnownAbsentAsync{T}"/>, on SQLite) until
/// any dialog is written: most turns are not answers to a question, and they then need no query at all.
/// </remarks>
public sealed class DialogStore(BplDbContext db, ReadCache cache)
{
    /// <summary>The person's dialog in <paramref name="conversationId"/> (default: the activity's conversation).</summary>
    public static DialogKey? KeyOf(Activity activity, string? conversationId = null)
    {
        var conversation = conversationId ?? activity.GetBaseConversationId();
        var user = activity.From?.AadObjectId ?? activity.From?.Id;
        if (conversation is null || string.IsNullOrEmpty(user)) return null;
        return new DialogKey(activity.ChannelId ?? string.Empty, conversation, user.ToLowerInvariant());
    }

    /// <summary>
    /// Every turn asks this once: compiled, so EF neither looks the query up nor compiles its parameters each time. A
    /// compiled query belongs to one model, so there is one per provider's model (the tests run both in one process).
    /// </summary>
    private static readonly ConcurrentDictionary<IModel, Func<BplDbContext, string, string, string, CancellationToken, Task<DialogState?>>> Find = new();

    private static Func<BplDbContext, string, string, string, CancellationToken, Task<DialogState?>> Compile(IModel _) =>
        EF.CompileAsyncQuery((BplDbContext db, string channel, string conversation, string user, CancellationToken ct) =>
            db.DialogStates.SingleOrDefault(d => d.ChannelId == channel && d.ConversationId == conversation && d.UserId == user));

    /// <param name="again">True when the turn looks again after a conflict: then the database, never the cache, answers.</param>
    public Task<DialogState?> FindAsync(DialogKey key, CancellationToken ct, bool again = false)
    {
        var find = Find.GetOrAdd(db.Model, Compile);
        if (again) return find(db, key.ChannelId, key.ConversationId, key.UserId, ct);
        return cache.FindUnlessKnownAbsentAsync($"dialog\n{key.ChannelId}\n{key.ConversationId}\n{key.UserId}", Watch.Dialogs,
            () => find(db, key.ChannelId, key.ConversationId, key.UserId, ct));
    }

    public void Remove(DialogState state) => db.DialogStates.Remove(state);

    public DialogState Add(DialogKey key, string kind, DateTimeOffset now) =>
        db.DialogStates.Add(new DialogState(key, kind, now)).Entity;

    /// <summary>Forgets what this turn staged, before the turn is run again on fresh state.</summary>
    public void Reset() => db.ChangeTracker.Clear();

    /// <summary>Removes dialogs that expired before <paramref name="before"/>.</summary>
    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct) =>
        db.DialogStates.Where(d => d.ExpiresAt < before).ExecuteDeleteAsync(ct);
}
