using BplBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Reminders;

/// <summary>
/// At start, after the database is migrated and the network loaded: every upcoming meeting's reminder triggers are
/// put in step with the meeting (meetings may have come from the network file while the bot was down).
/// </summary>
public sealed class ReminderStartupSync(IServiceScopeFactory scopes, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var scheduler = scope.ServiceProvider.GetRequiredService<ReminderScheduler>();
        var now = time.GetUtcNow();
        foreach (var meeting in await db.Meetings.AsNoTracking().ToListAsync(cancellationToken))
            if (meeting.StartsAt > now) await scheduler.SyncAsync(meeting, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
