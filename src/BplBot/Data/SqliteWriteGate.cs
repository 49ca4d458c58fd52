namespace BplBot.Data;

/// <summary>
/// SQLite has one writer. When concurrent turns commit at once, the losers get SQLITE_BUSY and Microsoft.Data.Sqlite
/// retries them after sleeps, which made the latency tail (p99 ~0.2–0.5 s at 32 conversations). Queuing this process's
/// commits on one async gate lets them run back to back instead. One gate per database (a singleton); a save inside
/// an explicit transaction (the network import at start) is not gated, so it cannot wait on itself.
/// </summary>
/// <remarks>
/// The gate is entered and left in <see cref="BplDbContext"/>'s SaveChanges with try/finally. An earlier version used
/// EF's SaveChanges interceptor events, but EF raises no "failed" event for a concurrency conflict, so the gate leaked
/// and every later save waited forever.
/// </remarks>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> save, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await save();
        }
        finally
        {
            _gate.Release();
        }
    }

    public T Run<T>(Func<T> save)
    {
        _gate.Wait();
        try
        {
            return save();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
