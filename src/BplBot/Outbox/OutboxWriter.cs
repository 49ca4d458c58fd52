using BplBot.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BplBot.Outbox;

/// <summary>Plans proactive messages: one row per (occasion, recipient); planning the same pair again adds nothing.</summary>
public sealed class OutboxWriter(BplDbContext db, TimeProvider time, ISchedulerFactory schedulers)
{
    public async Task<int> PlanAsync(string occasion, IEnumerable<(OutboxRecipient Recipient, string Text, string? CardJson)> messages, CancellationToken ct)
    {
        var planned = await db.OutboxMessages.Where(m => m.Occasion == occasion).Select(m => m.Recipient).ToListAsync(ct);
        var known = planned.ToHashSet();
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var (recipient, text, card) in messages)
        {
            if (!known.Add(recipient.Key)) continue;
            db.OutboxMessages.Add(new OutboxMessage(occasion, recipient, text, card, now));
            added++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Planned at the same moment by another run: the unique (occasion, recipient) index kept one of each.
            db.ChangeTracker.Clear();
            return 0;
        }
        if (added > 0) await KickAsync(ct);
        return added;
    }

    /// <summary>Asks the dispatcher to run now instead of at its next poll.</summary>
    public async Task KickAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        try
        {
            await scheduler.TriggerJob(OutboxDispatchJob.Key, ct);
        }
        catch (SchedulerException)
        {
            // Shutting down: the rows wait in the outbox and the next start's poll sends them.
        }
    }
}
