using Microsoft.Extensions.Options;

namespace BplBot.Outbox;

/// <summary>
/// Runs the dispatcher while this instance leads (<see cref="DispatchLeadership"/>): right after new rows are planned
/// (a kick), when the next retry falls due, and every <see cref="OutboxOptions.PollInterval"/>. Not a Quartz job: the
/// scheduler only plans rows. A failing run is logged and tried again; nothing is lost, the rows wait.
/// </summary>
public sealed class OutboxDispatchService(
    IServiceScopeFactory scopes, DispatchLeadership leadership, OutboxSignal signal, SendThrottle throttle, TimeProvider time,
    IOptions<OutboxOptions> options, ILogger<OutboxDispatchService> logger) : BackgroundService
{
    /// <summary>A new leader's first send waits this long, so its sends and a dead predecessor's last ones never share Teams' one-second window.</summary>
    private static readonly TimeSpan TakeOverQuiet = TimeSpan.FromMilliseconds(1100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OutboxClaims>().ReleaseStaleAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            DispatchLeadership.Lead lead;
            try
            {
                lead = await leadership.AcquireAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await using (lead)
            {
                using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lead.Lost);
                if (lead.Clustered) logger.LogInformation("This instance now dispatches the outbox for the cluster");
                await RunAsync(lead.Clustered, leading.Token);
            }
        }
    }

    private async Task RunAsync(bool tookOver, CancellationToken leading)
    {
        try
        {
            if (tookOver) await Task.Delay(TakeOverQuiet, leading);
            await throttle.LoadAsync(leading);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception e)
        {
            logger.LogError(e, "The outbox's send pauses could not be read; dispatching without them");
        }
        while (!leading.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(leading);
                if (await scope.ServiceProvider.GetRequiredService<OutboxClaims>().NextDueAsync(CancellationToken.None) is { } due)
                {
                    var untilDue = due - time.GetUtcNow();
                    if (untilDue < wait) wait = untilDue < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : untilDue;
                }
            }
            catch (Exception e) when (!leading.IsCancellationRequested)
            {
                logger.LogError(e, "The outbox dispatcher failed; it tries again in {Wait}", wait);
            }
            try
            {
                await signal.WaitAsync(wait, leading);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
