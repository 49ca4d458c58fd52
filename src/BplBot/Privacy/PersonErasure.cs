using BplBot.Audit;
using BplBot.Data;
using BplBot.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Privacy;

/// <summary>What an erasure removed, for the reply and the log (counts only).</summary>
public sealed record ErasureResult(int PersonId, int Accounts, int Chats, int Dialogs, int Messages, int RedactedRows);

/// <summary>
/// Erases a person (GDPR art. 17): their name, e-mail and AAD id, the Teams accounts linked to them, their 1:1 chats
/// with the bot (and the ids of activities in them), their dialogs, the proactive messages to them, their settings and
/// their roles, in one transaction. Their reports stay with the team: the person's row is kept with nothing that
/// identifies them, so a report's author reads "tidigare medlem". The erasure is audited (who did it, whose row), and
/// on SQLite the write-ahead log is emptied at once so the old pages do not linger there.
/// </summary>
public sealed class PersonErasure(BplDbContext db, Redaction redaction, AuditTrail audit, SqliteScrub scrub, TimeProvider time,
    ILogger<PersonErasure> logger)
{
    /// <summary>Null when there is no such person, or they were erased already (an erasure runs once).</summary>
    public async Task<ErasureResult?> EraseAsync(int personId, AuditActor actor, int? actorPersonId, CancellationToken ct)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.ErasedAt == null, ct);
        if (person is null) return null;
        var footprint = await PersonFootprint.FindAsync(db, person, ct);
        var (name, email) = (person.Name, person.Email);

        // One transaction (on SQLite inside the process's write gate): the person is erased whole or not at all.
        var result = await db.InTransactionAsync(async () =>
        {
            var dialogUsers = footprint.DialogUserIds;
            var chatIds = footprint.ChatIds;
            var conversations = footprint.ChatConversationIds;
            var accountIds = footprint.Accounts.Select(a => a.Id).ToList();
            var dialogs = await db.DialogStates.Where(d => dialogUsers.Contains(d.UserId)).ExecuteDeleteAsync(ct);
            var messages = await db.OutboxMessages
                .Where(m => m.PersonId == personId || (m.ConversationReferenceId != null && chatIds.Contains(m.ConversationReferenceId.Value)))
                .ExecuteDeleteAsync(ct);
            await db.ProcessedActivities.Where(p => conversations.Contains(p.ConversationId)).ExecuteDeleteAsync(ct);
            var chats = await db.ConversationReferences.Where(c => chatIds.Contains(c.Id)).ExecuteDeleteAsync(ct);
            var accounts = await db.TeamsUsers.Where(u => accountIds.Contains(u.Id)).ExecuteDeleteAsync(ct);
            var redacted = await redaction.RedactAsync(name, email, ct);

            person.Erase(time.GetUtcNow());
            audit.Add(AuditAction.PersonErased, actor, actorPersonId, person.Id, detail: actor == AuditActor.Bot ? "retention" : null);
            await db.SaveChangesAsync(ct);
            return new ErasureResult(person.Id, accounts, chats, dialogs, messages, redacted);
        }, ct);
        // The tracked rows the turn loaded (its account, its chat) are gone from the database: forget them too.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Conversations.TeamsUser or Conversations.ConversationReference).ToList())
            entry.State = EntityState.Detached;
        await scrub.CheckpointAsync(ct);
        logger.LogInformation(
            "Person {PersonId} erased by {Actor}: {Accounts} Teams accounts, {Chats} chats, {Dialogs} dialogs, {Messages} messages, {Redacted} rows of others redacted",
            result.PersonId, actor, result.Accounts, result.Chats, result.Dialogs, result.Messages, result.RedactedRows);
        return result;
    }
}
