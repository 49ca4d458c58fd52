using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace BplBot.Outbox;

/// <summary>
/// Sends what is due in the outbox: claims a few rows at a time (as senders free up, so a dead dispatcher leaves
/// little behind its leases) and sends up to <see cref="OutboxOptions.MaxConcurrentSends"/> at once, each in its own
/// scope, all within Teams' limits. Stopping lets the sends in hand finish and releases the rows not yet begun.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
{
    public async Task<int> DispatchAsync(CancellationToken stopping)
    {
        var o = options.Value;
        var delivered = 0;
        var unstarted = new ConcurrentBag<ClaimedRow>();
        var claimed = new ConcurrentQueue<ClaimedRow>();
        try
        {
            await Parallel.ForEachAsync(ClaimAsync(o.MaxConcurrentSends, claimed, stopping), new ParallelOptions { MaxDegreeOfParallelism = o.MaxConcurrentSends },
                async (row, _) =>
                {
                    if (stopping.IsCancellationRequested)
                    {
                        unstarted.Add(row);
                        return;
                    }
                    await using var scope = scopes.CreateAsyncScope();
                    try
                    {
                        switch (await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverAsync(row, stopping))
                        {
                            case Delivery.Delivered:
                                Interlocked.Increment(ref delivered);
                                break;
                            case Delivery.NotStarted:
                                unstarted.Add(row);
                                break;
                        }
                    }
                    catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                    {
                        unstarted.Add(row); // stopped before the send began (a begun send is never cancelled)
                    }
                });
        }
        finally
        {
            foreach (var row in claimed) unstarted.Add(row);
            if (!unstarted.IsEmpty)
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxClaims>().ReleaseAsync(unstarted.ToList(), CancellationToken.None);
            }
        }
        if (delivered > 0) logger.LogInformation("Outbox delivered {Count} messages", delivered);
        return delivered;
    }

    /// <summary>Claims the next rows whenever the senders have taken the last ones; ends when nothing is due.</summary>
    private async IAsyncEnumerable<ClaimedRow> ClaimAsync(int batch, ConcurrentQueue<ClaimedRow> claimed, [EnumeratorCancellation] CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            if (claimed.IsEmpty)
            {
                await using var scope = scopes.CreateAsyncScope();
                var rows = await scope.ServiceProvider.GetRequiredService<OutboxClaims>().ClaimAsync(batch, CancellationToken.None);
                if (rows.Count == 0) yield break;
                foreach (var row in rows) claimed.Enqueue(row);
            }
            while (claimed.TryDequeue(out var next)) yield return next;
        }
    }
}
