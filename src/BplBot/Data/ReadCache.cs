using System.Collections.Concurrent;

namespace BplBot.Data;

/// <summary>
/// What does not change per message (the network's info, its teams and coordinators, the person behind a Teams
/// account, a conversation's reference; on SQLite also that a person has no dialog going on), read once and kept until a
/// write to those tables (<see cref="WriteSignal"/>, one generation per <see cref="Watch"/>)
/// or, for what another instance may have changed, at most <see cref="MaxAge"/>. On PostgreSQL, where other instances
/// write the same rows and this instance's signal never hears of it, nothing is kept: every read goes to the database
/// (a role granted or a chat removed through one instance holds on the next turn, whichever instance takes it).
/// </summary>
public sealed class ReadCache(WriteSignal signal, TimeProvider time, ActiveDatabase database)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private sealed record Entry(object? Value, Watch Watch, long Generation, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> read)
    {
        if (database.IsPostgreSql) return await read();
        if (Fresh(key) is { } entry) return (T)entry.Value!;
        var (generation, readAt) = (signal.Of(Watch.Directory), time.GetUtcNow());
        var value = await read();
        Keep(key, value, Watch.Directory, generation, readAt);
        return value;
    }

    /// <summary>
    /// For a row a turn must load tracked, to change it, and so cannot take from a cache: only its absence is kept.
    /// Most turns have no dialog going on, and this answers them without a query until a dialog is written.
    /// </summary>
    public async Task<T?> FindUnlessKnownAbsentAsync<T>(string key, Watch watch, Func<Task<T?>> read) where T : class
    {
        if (database.IsPostgreSql) return await read();
        if (Fresh(key) is not null) return null;
        var (generation, readAt) = (signal.Of(watch), time.GetUtcNow());
        var value = await read();
        if (value is null) Keep(key, null, watch, generation, readAt);
        return value;
    }

    /// <summary>Forgets one key (its row was written by this turn in a way the signal does not see).</summary>
    public void Forget(string key) => _entries.TryRemove(key, out _);

    private Entry? Fresh(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Generation == signal.Of(entry.Watch) && time.GetUtcNow() - entry.ReadAt < MaxAge
            ? entry
            : null;

    // A write while this was read may not be in it: keep it only if nothing was written meanwhile.
    private void Keep(string key, object? value, Watch watch, long generation, DateTimeOffset readAt)
    {
        if (signal.Of(watch) == generation) _entries[key] = new Entry(value, watch, generation, readAt);
        if (_entries.Count > 10_000) _entries.Clear();
    }
}
