using Quartz;

namespace BplBot.Outbox;

/// <summary>
/// Sends what is due in the outbox. One run at a time. When the app stops, the run finishes the send in hand and
/// leaves the rest for the next start (Quartz waits for running jobs but does not cancel them on its own).
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher, IHostApplicationLifetime lifetime) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "outbox");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        await dispatcher.DispatchAsync(stopping.Token);
    }
}
