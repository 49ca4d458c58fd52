using BplBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Outbox;

/// <summary>
/// Sends what is due in the outbox: up to <see cref="OutboxOptions.MaxConcurrentSends"/> at a time (each in its own
/// scope), all within Teams' limits, which one <see cref="SendLimits"/> for the process keeps across runs. Stopping lets the sends in hand finish and leaves the rest pending.
/// </summary>
public sealed class OutboxDispatcher(
    BplDbContext db, IServiceScopeFactory scopes, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
{
    private const int Batch = 200;

    public async Task<int> DispatchAsync(CancellationToken stopping)
    {
        var o = options.Value;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = o.MaxConcurrentSends };
        var delivered = 0;
        while (!stopping.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var due = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(stopping);
            if (due.Count == 0) break;
            await Parallel.ForEachAsync(due, parallel, async (id, _) =>
            {
                if (stopping.IsCancellationRequested) return;
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverAsync(id, stopping))
                    Interlocked.Increment(ref delivered);
            });
        }
        if (delivered > 0) logger.LogInformation("Outbox delivered {Count} messages", delivered);
        return delivered;
    }
}
