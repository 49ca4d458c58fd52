namespace BplBot.Outbox;

/// <summary>
/// "New rows are due": wakes this process's dispatcher at once instead of at its next poll. Kicks that come while it
/// is busy fold into one wake-up. On PostgreSQL, other instances' kicks arrive through <c>NOTIFY</c> (see
/// <see cref="DispatchLeadership"/>).
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _kicked = new(0, 1);

    public void Kick()
    {
        try
        {
            _kicked.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already kicked and not yet woken: one wake-up covers both.
        }
    }

    /// <summary>True when kicked, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _kicked.WaitAsync(timeout, ct);

    public void Dispose() => _kicked.Dispose();
}
