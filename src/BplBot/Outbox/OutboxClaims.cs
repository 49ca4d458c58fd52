using BplBot.Data;
using BplBot.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Outbox;

/// <summary>A row this dispatcher may now send: its lease, and whether a sender before it died mid-send.</summary>
public sealed record ClaimedRow(int Id, Guid LeaseId, bool WasInDoubt);

/// <summary>
/// Claims due outbox rows with a lease. On PostgreSQL one statement with <c>FOR UPDATE SKIP LOCKED</c>, so two
/// dispatchers (a brief overlap at a leader change) never claim the same row; on SQLite, where one process owns the
/// file, a select and an update on the write gate. A row still <c>Sending</c> when its lease ran out is in doubt: it is
/// counted and sent again (a lost reminder is worse than a second one).
/// </summary>
public sealed class OutboxClaims(BplDbContext db, ActiveDatabase active, InstanceName instance, TimeProvider time, IOptions<OutboxOptions> options)
{
    private const string PostgreSqlClaim = """
        WITH batch AS (
            SELECT "Id", "Status" FROM "Outbox"
            WHERE "Status" IN ('Pending', 'Sending') AND "NextAttemptAt" <= {0} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {0})
            ORDER BY "NextAttemptAt", "Id" LIMIT {1}
            FOR UPDATE SKIP LOCKED)
        UPDATE "Outbox" o
        SET "InDoubt" = o."InDoubt" + CASE WHEN batch."Status" = 'Sending' THEN 1 ELSE 0 END,
            "Status" = 'Pending', "LeaseOwner" = {2}, "LeaseId" = {3}, "LeaseUntil" = {4}
        FROM batch WHERE o."Id" = batch."Id"
        RETURNING o."Id" AS "Id", batch."Status" = 'Sending' AS "WasInDoubt"
        """;

    public async Task<IReadOnlyList<ClaimedRow>> ClaimAsync(int count, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var lease = Guid.NewGuid();
        var until = now + options.Value.LeaseTime;
        if (active.Provider == DatabaseProvider.PostgreSql)
        {
            var rows = await db.Database.SqlQueryRaw<Claimed>(PostgreSqlClaim, now, count, instance.Value, lease, until).ToListAsync(ct);
            return rows.OrderBy(r => r.Id).Select(r => new ClaimedRow(r.Id, lease, r.WasInDoubt)).ToList();
        }
        return await db.GatedAsync(async () =>
        {
            var due = await db.OutboxMessages.AsNoTracking()
                .Where(m => (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending) && m.NextAttemptAt <= now
                    && (m.LeaseUntil == null || m.LeaseUntil < now))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(count).Select(m => new { m.Id, m.Status }).ToListAsync(ct);
            if (due.Count == 0) return (IReadOnlyList<ClaimedRow>)[];
            var ids = due.Select(d => d.Id).ToList();
            await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.InDoubt, m => m.InDoubt + (m.Status == OutboxStatus.Sending ? 1 : 0))
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.LeaseOwner, instance.Value).SetProperty(m => m.LeaseId, lease).SetProperty(m => m.LeaseUntil, until), ct);
            return due.Select(d => new ClaimedRow(d.Id, lease, d.Status == OutboxStatus.Sending)).ToList();
        }, ct);
    }

    /// <summary>Claimed but not begun (the dispatcher is stopping): free at once for the next dispatcher, not after the lease.</summary>
    public Task<int> ReleaseAsync(IReadOnlyCollection<ClaimedRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return Task.FromResult(0);
        var ids = rows.Select(r => r.Id).ToList();
        var leases = rows.Select(r => (Guid?)r.LeaseId).Distinct().ToList();
        return db.GatedAsync(() => db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && leases.Contains(m.LeaseId) && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseId, (Guid?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct), ct);
    }

    /// <summary>
    /// SQLite only, at start: one process owns the file, so every lease left in it belongs to a process that is gone.
    /// Its rows are due now (a row left <c>Sending</c> is then claimed as in doubt).
    /// </summary>
    public Task<int> ReleaseStaleAsync(CancellationToken ct) => active.Provider != DatabaseProvider.Sqlite
        ? Task.FromResult(0)
        : db.GatedAsync(() => db.OutboxMessages.Where(m => m.LeaseId != null && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct), ct);

    /// <summary>When the next pending row falls due (a retry's backoff, a pause), so the dispatcher wakes for it.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        var open = db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending);
        var free = await open.Where(m => m.LeaseUntil == null).OrderBy(m => m.NextAttemptAt).Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(ct);
        var leased = await open.Where(m => m.LeaseUntil != null).OrderBy(m => m.LeaseUntil).Select(m => m.LeaseUntil).FirstOrDefaultAsync(ct);
        return free is null ? leased : leased is null || free < leased ? free : leased;
    }

    private sealed class Claimed
    {
        public int Id { get; init; }
        public bool WasInDoubt { get; init; }
    }
}
