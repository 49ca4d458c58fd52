using Microsoft.Extensions.Logging;

namespace BplBot.BotFramework;

/// <summary>
/// The inbound signing keys, cached. Refreshed when older than 24 h (spec §3a: "≤24 h") and when a token names an
/// unknown kid, but never more than once per <see cref="MinRefreshInterval"/>: otherwise anyone could make us hammer
/// the metadata endpoint by sending tokens with made-up kids.
/// </summary>
internal sealed class SigningKeyCache(OpenIdKeySource source, TimeProvider timeProvider, ILogger<SigningKeyCache> logger) : IDisposable
{
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    internal static readonly TimeSpan MinRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile Snapshot _snapshot = new(new Dictionary<string, SigningKey>(), LoadedAt: null);
    private DateTimeOffset? _lastAttempt;

    public async Task<SigningKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (IsFresh(snapshot) && snapshot.Keys.TryGetValue(kid, out var key))
        {
            return key;
        }
        snapshot = await RefreshAsync(kid, cancellationToken);
        // Stale keys still count when a refresh failed: the provider rotates rarely, an outage of it shouldn't stop the bot.
        return snapshot.Keys.GetValueOrDefault(kid);
    }

    private async Task<Snapshot> RefreshAsync(string kid, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var snapshot = _snapshot;
            var now = timeProvider.GetUtcNow();
            var refreshedByOther = IsFresh(snapshot) && snapshot.Keys.ContainsKey(kid);
            var tooSoon = _lastAttempt is { } last && now - last < MinRefreshInterval;
            if (refreshedByOther || tooSoon)
            {
                return snapshot;
            }

            _lastAttempt = now;
            try
            {
                var keys = await source.FetchAsync(cancellationToken);
                _snapshot = new Snapshot(keys, now);
                BotFrameworkLog.SigningKeysRefreshed(logger, keys.Count);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                BotFrameworkLog.SigningKeysRefreshFailed(logger, ex);
            }
            return _snapshot;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private bool IsFresh(Snapshot snapshot) =>
        snapshot.LoadedAt is { } loadedAt && timeProvider.GetUtcNow() - loadedAt < RefreshInterval;

    public void Dispose() => _refreshLock.Dispose();

    private sealed record Snapshot(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset? LoadedAt);
}
