using Quartz;

namespace BplBot.Outbox;

/// <summary>Sends what is due in the outbox. One run at a time; a run stopped by shutdown leaves the rest for the next.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "outbox");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchAsync(cancellationToken);
}
