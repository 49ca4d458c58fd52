using Quartz;

namespace BplBot.Jobs;

/// <summary>
/// Jobs an earlier version stored that this one no longer has: removed before the scheduler starts, so their
/// triggers do not fire into a missing class. The outbox used to be a polled Quartz job; its dispatcher is now a
/// background service (the scheduler only plans rows).
/// </summary>
public sealed class LegacyJobs(ISchedulerFactory schedulers, ILogger<LegacyJobs> logger) : IHostedService
{
    private static readonly JobKey[] Gone = [new("outbox-dispatch", "outbox")];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var key in Gone)
            if (await scheduler.DeleteJob(key, cancellationToken)) logger.LogInformation("Removed the retired job {Job} from the schedule", key);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
