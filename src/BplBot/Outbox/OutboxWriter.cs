using BplBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Outbox;

/// <summary>
/// Plans proactive messages: one row per (occasion, recipient), inserted with <c>ON CONFLICT DO NOTHING</c>, so a
/// second run, a recovered job or another instance planning the same occasion at the same moment adds nothing, and
/// no error aborts a transaction the caller is in.
/// </summary>
public sealed class OutboxWriter(BplDbContext db, ActiveDatabase active, OutboxSignal signal, TimeProvider time, ILogger<OutboxWriter> logger)
{
    public async Task<int> PlanAsync(string occasion, IEnumerable<(OutboxRecipient Recipient, string Text, string? CardJson)> messages, CancellationToken ct)
    {
        var planned = (await db.OutboxMessages.Where(m => m.Occasion == occasion).Select(m => m.Recipient).ToListAsync(ct)).ToHashSet();
        var now = time.GetUtcNow();
        var fresh = messages.Where(m => planned.Add(m.Recipient.Key)).Select(m => new OutboxMessage(occasion, m.Recipient, m.Text, m.CardJson, now)).ToList();
        if (fresh.Count == 0) return 0;
        var added = await db.InTransactionAsync(async () =>
        {
            var inserted = 0;
            foreach (var message in fresh)
                if (await db.InsertIfAbsentAsync(message, ct)) inserted++;
            return inserted;
        }, ct);
        if (added > 0) await KickAsync(ct);
        return added;
    }

    /// <summary>
    /// Asks the dispatcher to run now instead of at its next poll: this process's, and on PostgreSQL whichever
    /// instance leads (a kick inside an open transaction is delivered when it commits).
    /// </summary>
    public async Task KickAsync(CancellationToken ct)
    {
        signal.Kick();
        if (active.Provider != DatabaseProvider.PostgreSql) return;
        try
        {
            await db.Database.ExecuteSqlRawAsync(DispatchLeadership.NotifySql, ct);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // The rows are stored; the leader's next poll sends them.
            logger.LogWarning("The outbox dispatcher could not be woken ({Error}); its next poll sends the new messages", e.GetType().Name);
        }
    }
}
