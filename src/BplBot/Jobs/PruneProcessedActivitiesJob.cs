using BplBot.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BplBot.Jobs;

/// <summary>
/// Forgets handled activity ids after two days: Teams redelivers within seconds to minutes, so older claims only
/// take space. Idempotent: running twice deletes nothing more.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PruneProcessedActivitiesJob(BplDbContext db, TimeProvider time, ILogger<PruneProcessedActivitiesJob> logger) : IJob
{
    public static readonly JobKey Key = new("prune-processed-activities", "maintenance");
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(2);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - KeepFor;
        var deleted = await db.ProcessedActivities.Where(p => p.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Pruned {Count} processed activity ids older than {Cutoff}", deleted, cutoff);
    }
}
