using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BplBot.Data;

/// <summary>
/// <c>synchronous=NORMAL</c> on every SQLite connection: in WAL mode it is SQLite's recommended setting. The database
/// cannot be corrupted by a crash; a power cut may lose the last commits. With the default (FULL) every commit waits
/// for an fsync, and every message commits its de-duplication claim, so the writes queued behind the disk.
/// <c>secure_delete=ON</c>: what is deleted or overwritten (an erased person's name, e-mail and AAD id, pruned rows)
/// is overwritten with zeros, in its page and in pages that become free, instead of lingering in the file.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>The pragmas, for connections opened without EF (the claim batch's).</summary>
    internal const string Sql = "PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON;";

    /// <summary>Native connections that have the pragmas already: they keep them while the pool keeps the connection.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Applied = new();

    private static void Apply(DbConnection connection)
    {
        // Every statement of a turn opens a pooled connection; the pragmas need running once per native connection.
        var handle = (connection as Microsoft.Data.Sqlite.SqliteConnection)?.Handle;
        if (handle is not null && Applied.TryGetValue(handle, out _)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
        if (handle is not null) Applied.AddOrUpdate(handle, Applied);
    }
}
