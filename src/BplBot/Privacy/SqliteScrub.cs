using BplBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Privacy;

/// <summary>
/// After an erasure or a night's deletions on SQLite: every connection runs with <c>secure_delete=ON</c> (see
/// <see cref="SqlitePragmas"/>), so deleted rows and freed pages are overwritten with zeros, but the write-ahead log
/// still holds the pages as they were before. A <c>TRUNCATE</c> checkpoint copies the new pages into the database file
/// and empties the log. On PostgreSQL nothing is done here (its own VACUUM reclaims dead rows).
/// </summary>
public sealed class SqliteScrub(BplDbContext db, ILogger<SqliteScrub> logger)
{
    /// <summary>True when the log was emptied; false when a reader held it (the nightly job tries again).</summary>
    public async Task<bool> CheckpointAsync(CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return true;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync(ct);
            var busy = await reader.ReadAsync(ct) && reader.GetInt32(0) != 0;
            if (busy) logger.LogWarning("The write-ahead log could not be emptied now (a reader holds it); the nightly retention tries again");
            return !busy;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
