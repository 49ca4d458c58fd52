using Quartz;

namespace BplBot.Retention;

/// <summary>Nightly: deletes what has been kept long enough (<see cref="RetentionRun"/>). Idempotent.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionRun run) : IJob
{
    public static readonly JobKey Key = new("retention", "maintenance");

    /// <summary>After the other nightly prunes (03:30, 03:40), Europe/Stockholm.</summary>
    public const string Cron = "0 50 3 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await run.RunAsync(cancellationToken);
}
