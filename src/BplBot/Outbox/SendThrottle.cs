using System.Collections.Concurrent;
using System.Diagnostics;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Outbox;

/// <summary>
/// A 429's <c>Retry-After</c> pauses every send to that tenant, in every instance: the dispatcher keeps the pause in
/// memory (on the wire's real time, like <see cref="SendLimits"/>) and in a <see cref="SendPause"/> row, which a
/// dispatcher taking over after a leader change reads before its first send.
/// </summary>
public sealed class SendThrottle(IServiceScopeFactory scopes, TimeProvider time, ILogger<SendThrottle> logger)
{
    private readonly ConcurrentDictionary<string, TimeSpan> _pausedUntil = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>How long sends to the tenant must still wait; zero when they may go.</summary>
    public TimeSpan Remaining(string tenant) =>
        _pausedUntil.TryGetValue(tenant, out var until) && until > _clock.Elapsed ? until - _clock.Elapsed : TimeSpan.Zero;

    public async Task PauseAsync(string tenant, TimeSpan retryAfter, CancellationToken ct)
    {
        var until = _clock.Elapsed + retryAfter;
        _pausedUntil.AddOrUpdate(tenant, until, (_, old) => old > until ? old : until);
        logger.LogWarning("Teams throttled the tenant: every send to it waits {RetryAfter}", retryAfter);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var instant = time.GetUtcNow() + retryAfter;
        var (row, inserted) = await db.InsertOrFindAsync(new SendPause(tenant, instant),
            c => db.SendPauses.SingleOrDefaultAsync(p => p.TenantId == tenant, c), ct);
        if (inserted) return;
        row.Extend(instant);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Pauses written by any instance that are still running: a new dispatcher honours its predecessor's 429s.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var now = time.GetUtcNow();
        foreach (var pause in await db.SendPauses.AsNoTracking().Where(p => p.Until > now).ToListAsync(ct))
        {
            var until = _clock.Elapsed + (pause.Until - now);
            _pausedUntil.AddOrUpdate(pause.TenantId, until, (_, old) => old > until ? old : until);
        }
    }
}
