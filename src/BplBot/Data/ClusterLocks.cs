using Microsoft.EntityFrameworkCore;

namespace BplBot.Data;

/// <summary>
/// Work that one instance at a time may do, for the whole cluster: on PostgreSQL a session advisory lock on the
/// context's own connection (released when the work ends, or when the session dies with its instance); on SQLite,
/// where one process owns the file, the work just runs.
/// </summary>
public sealed class ClusterLocks(ActiveDatabase active)
{
    /// <summary>Loading the network file or the demo network at start: three instances starting at once load it once.</summary>
    public const long NetworkLoad = 0x4250_4C00_0001;

    /// <summary>Held for as long as an instance is the outbox dispatcher (see <c>Outbox.DispatchLeadership</c>).</summary>
    public const long OutboxDispatcher = 0x4250_4C00_0002;

    /// <summary>Migrating the database at start: instances starting at once apply each migration once, one after the other.</summary>
    public const long Migrations = 0x4250_4C00_0003;

    public async Task RunExclusiveAsync(BplDbContext db, long key, Func<Task> work, CancellationToken ct)
    {
        if (active.Provider != DatabaseProvider.PostgreSql)
        {
            await work();
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", ct);
            try
            {
                await work();
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
