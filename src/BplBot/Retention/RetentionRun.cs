using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Retention;

/// <summary>What one night's run deleted (counts only).</summary>
public sealed record RetentionReport(int Messages, int NewsletterVersions, int AuditEntries, int ChartSnapshots, int UnknownAccounts, int UnknownChats,
    int PeopleErased);

/// <summary>
/// Deletes what has been kept as long as <see cref="RetentionOptions"/> says: finished outbox rows, earlier newsletter
/// versions, old audit lines, expired chart snapshots, Teams accounts (and 1:1 chats) of people who are not in the
/// network, and erases people whom the network file does not list and who have not been seen for long. Idempotent: a
/// second run at the same time deletes nothing more. (Activity ids and expired dialogs have their own nightly jobs.)
/// </summary>
public sealed class RetentionRun(BplDbContext db, IOptions<RetentionOptions> options, InactivePeople people, SqliteScrub scrub, TimeProvider time,
    ILogger<RetentionRun> logger)
{
    public async Task<RetentionReport> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var sentBefore = now - o.OutboxMessages;
        // FinishedAt is set only when a message is done (sent, gone or given up): pending ones are never deleted.
        var messages = await db.OutboxMessages.Where(m => m.FinishedAt != null && m.FinishedAt < sentBefore).ExecuteDeleteAsync(ct);
        var versionsBefore = now - o.NewsletterVersions;
        var versions = await db.NewsletterDrafts
            .Where(d => d.CreatedAt < versionsBefore && db.NewsletterDrafts.Any(later => later.MeetingId == d.MeetingId && later.Version > d.Version))
            .ExecuteDeleteAsync(ct);
        var auditBefore = now - o.AuditEntries;
        var audit = await db.AuditEntries.Where(a => a.At < auditBefore).ExecuteDeleteAsync(ct);
        var charts = await db.ChartSnapshots.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        var (accounts, chats) = await UnknownAccountsAsync(now - o.UnknownAccounts, ct);
        var erased = await people.EraseAsync(now - o.InactivePeople, ct);
        await scrub.CheckpointAsync(ct);
        var report = new RetentionReport(messages, versions, audit, charts, accounts, chats, erased);
        logger.LogInformation("Retention: {Report}", report);
        return report;
    }

    /// <summary>Teams accounts matched to nobody, silent since <paramref name="before"/>, and 1:1 chats that belong to no one in the network.</summary>
    private async Task<(int Accounts, int Chats)> UnknownAccountsAsync(DateTimeOffset before, CancellationToken ct)
    {
        var accounts = await db.TeamsUsers.Where(u => u.PersonId == null && (u.LookedUpAt == null || u.LookedUpAt < before)).ExecuteDeleteAsync(ct);
        var known = await db.TeamsUsers.Where(u => u.PersonId != null).Select(u => u.TeamsUserId).ToListAsync(ct);
        var knownAad = await db.People.Where(p => p.AadObjectId != null).Select(p => p.AadObjectId!).ToListAsync(ct);
        var stale = await db.ConversationReferences
            .Where(c => c.ConversationType == BotFramework.ConversationKinds.Personal && c.LastSeenAt < before
                && !(c.UserId != null && known.Contains(c.UserId)) && !(c.UserAadObjectId != null && knownAad.Contains(c.UserAadObjectId)))
            .Select(c => new { c.Id, c.ConversationId }).ToListAsync(ct);
        var ids = stale.Select(c => c.Id).ToList();
        var conversations = stale.Select(c => c.ConversationId).ToList();
        await db.ProcessedActivities.Where(p => conversations.Contains(p.ConversationId)).ExecuteDeleteAsync(ct);
        var chats = await db.ConversationReferences.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        return (accounts, chats);
    }
}
