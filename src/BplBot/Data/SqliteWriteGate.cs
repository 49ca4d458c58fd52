using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BplBot.Data;

/// <summary>
/// SQLite has one writer. When concurrent turns commit at once, the losers get SQLITE_BUSY and Microsoft.Data.Sqlite
/// retries them after sleeps, which made the latency tail (p99 ~0.2–0.5 s at 32 conversations). Queuing this process's
/// commits on one async gate lets them run back to back instead. One gate per database file; a saving that runs
/// inside an explicit transaction (the network import at start) is not gated, so it cannot wait on itself.
/// </summary>
internal sealed class SqliteWriteGate : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Which contexts hold the gate right now, so a release always matches an acquire.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> _holders = [];

    public void Dispose() => _gate.Dispose();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            await _gate.WaitAsync(cancellationToken);
            _holders.AddOrUpdate(context, this);
        }
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    private void Release(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _holders.Remove(context)) _gate.Release();
    }
}
