using BplBot.Dialogs;
using BplBot.Retention;
using Microsoft.Extensions.Options;
using Quartz;

namespace BplBot.Jobs;

/// <summary>
/// Deletes check-in dialogs that expired more than <c>Retention:ExpiredDialogs</c> (a week) ago. Until then the member
/// still gets the friendly "your report expired" note on their next message. Idempotent: running twice deletes nothing more.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PruneExpiredDialogsJob(DialogStore store, IOptions<RetentionOptions> options, TimeProvider time, ILogger<PruneExpiredDialogsJob> logger) : IJob
{
    public static readonly JobKey Key = new("prune-expired-dialogs", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var deleted = await store.PruneAsync(time.GetUtcNow() - options.Value.ExpiredDialogs, cancellationToken);
        logger.LogInformation("Pruned {Count} expired dialogs", deleted);
    }
}
