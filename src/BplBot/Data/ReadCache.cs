using System.Collections.Concurrent;

namespace BplBot.Data;

/// <summary>
/// What does not change per message (the network's info, its teams and coordinators, the person behind a Teams
/// account, a conversation's reference), read once and kept until a write to those tables (<see cref="WriteSignal"/>)
/// or, for what another instance may have changed, at most <see cref="MaxAge"/>. On PostgreSQL, where other instances
/// write the same rows and this instance's signal never hears of it, nothing is kept: every read goes to the database
/// (a role granted or a chat removed through one instance holds on the next turn, whichever instance takes it).
/// </summary>
public sealed class ReadCache(WriteSignal signal, TimeProvider time, ActiveDatabase database)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private sealed record Entry(object? Value, long Generation, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> read)
    {
        if (database.IsPostgreSql) return await read();
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == signal.Generation && now - entry.ReadAt < MaxAge)
            return (T)entry.Value!;
        var generation = signal.Generation;
        var value = await read();
        // A write while this was read may not be in it: keep it only if nothing was written meanwhile.
        if (signal.Generation == generation) _entries[key] = new Entry(value, generation, now);
        if (_entries.Count > 10_000) _entries.Clear();
        return value;
    }

    /// <summary>Forgets one key (its row was written by this turn in a way the signal does not see).</summary>
    public void Forget(string key) => _entries.TryRemove(key, out _);
}
