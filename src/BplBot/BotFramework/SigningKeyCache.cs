using Microsoft.Extensions.Logging;

namespace BplBot.BotFramework;

/// <summary>
/// The inbound signing keys, cached. Refreshed when older than 24 h (spec §3a: "≤24 h") and when a token names an
/// unknown kid, but never more than once per <see cref="MinRefreshInterval"/>: otherwise anyone could make us hammer
/// the metadata endpoint by sending tokens with made-up kids.
/// A known key is always answered from the snapshot at once, stale or not, and a stale snapshot is refreshed in the
/// background (F16): when login.botframework.com is slow or down, requests don't queue behind the fetch. Only a token
/// naming a kid we don't have waits, for the one fetch in flight, and only until its own request is cancelled.
/// </summary>
internal sealed class SigningKeyCache(OpenIdKeySource source, TimeProvider timeProvider, ILogger<SigningKeyCache> logger) : IDisposable
{
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    internal static readonly TimeSpan MinRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private volatile Snapshot _snapshot = new(new Dictionary<string, SigningKey>(), LoadedAt: null);
    private Task<Snapshot>? _inFlight;
    private DateTimeOffset? _lastAttempt;

    public async Task<SigningKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot.Keys.TryGetValue(kid, out var key))
        {
            if (!IsFresh(snapshot))
            {
                _ = StartRefresh(); // Stale keys still count: the provider rotates rarely, and its outage shouldn't stop the bot.
            }
            return key;
        }
        var refresh = StartRefresh() ?? InFlight();
        snapshot = refresh is null ? _snapshot : await refresh.WaitAsync(cancellationToken);
        return snapshot.Keys.GetValueOrDefault(kid);
    }

    /// <summary>The fetch in flight, or a new one; null when the last attempt is too recent to try again.</summary>
    private Task<Snapshot>? StartRefresh()
    {
        lock (_gate)
        {
            if (_inFlight is { IsCompleted: false } running)
            {
                return running;
            }
            var now = timeProvider.GetUtcNow();
            if (_lastAttempt is { } last && now - last < MinRefreshInterval)
            {
                return null;
            }
            _lastAttempt = now;
            // Not the caller's token: one impatient request must not cancel the refresh every other request waits for.
            return _inFlight = Task.Run(() => RefreshAsync(now));
        }
    }

    private Task<Snapshot>? InFlight()
    {
        lock (_gate)
        {
            return _inFlight is { IsCompleted: false } running ? running : null;
        }
    }

    private async Task<Snapshot> RefreshAsync(DateTimeOffset now)
    {
        try
        {
            var keys = await source.FetchAsync(_disposed.Token);
            _snapshot = new Snapshot(keys, now);
            BotFrameworkLog.SigningKeysRefreshed(logger, keys.Count);
        }
        catch (Exception ex) when (!_disposed.IsCancellationRequested)
        {
            BotFrameworkLog.SigningKeysRefreshFailed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        return _snapshot;
    }

    private bool IsFresh(Snapshot snapshot) =>
        snapshot.LoadedAt is { } loadedAt && timeProvider.GetUtcNow() - loadedAt < RefreshInterval;

    // Cancelled, not disposed: a refresh still running reads its token, and a CancellationTokenSource without a timer holds nothing.
    public void Dispose() => _disposed.Cancel();

    private sealed record Snapshot(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset? LoadedAt);
}
