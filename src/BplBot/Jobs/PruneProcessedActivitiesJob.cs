using BplBot.Data;
using BplBot.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace BplBot.Jobs;

/// <summary>
/// Forgets handled activity ids after <c>Retention:ProcessedActivities</c> (two days): Teams redelivers within seconds
/// to minutes, so older claims only take space. Idempotent: running twice deletes nothing more.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PruneProcessedActivitiesJob(BplDbContext db, IOptions<RetentionOptions> options, TimeProvider time,
    ILogger<PruneProcessedActivitiesJob> logger) : IJob
{
    public static readonly JobKey Key = new("prune-processed-activities", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.ProcessedActivities;
        var deleted = await db.ProcessedActivities.Where(p => p.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Pruned {Count} processed activity ids older than {Cutoff}", deleted, cutoff);
    }
}
