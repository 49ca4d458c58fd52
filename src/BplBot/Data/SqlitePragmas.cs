using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BplBot.Data;

/// <summary>
/// <c>synchronous=NORMAL</c> on every SQLite connection: in WAL mode it is SQLite's recommended setting. The database
/// cannot be corrupted by a crash; a power cut may lose the last commits. With the default (FULL) every commit waits
/// for an fsync, and every message commits its de-duplication claim, so the writes queued behind the disk.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
