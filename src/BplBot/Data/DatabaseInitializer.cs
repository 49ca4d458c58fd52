using BplBot.Network;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using BplBot.Hosting;
using Npgsql;

namespace BplBot.Data;

/// <summary>
/// Runs before the scheduler and the endpoint start: applies migrations, on SQLite turns on WAL (readers never wait
/// for the writer) and makes the files owner-only, imports Data Protection key files left from an earlier version,
/// and loads the network (one instance at a time). A database that cannot be reached or a bad network file stops the
/// start with a clear message.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes, ActiveDatabase active, IConfiguration configuration, ClusterLocks locks, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        try
        {
            // EF would first read a history table a new PostgreSQL database does not have yet, and log that as an error.
            await locks.RunExclusiveAsync(db, ClusterLocks.Migrations, async () =>
            {
                if (active.IsPostgreSql) await CreateHistoryTableAsync(db, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }, cancellationToken);
        }
        catch (Exception failure) when (Npgsql(failure) is { } e && Unreachable(e))
        {
            throw new SettingException("ConnectionStrings:Bpl",
                $"The PostgreSQL database named by ConnectionStrings:Bpl cannot be opened: {Reason(e)}. Check the host, port, database name, user and password, and that the server runs.", e);
        }
        if (active.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            var file = new SqliteConnectionStringBuilder(configuration.ConnectionString()).DataSource;
            DataFolder.Seal(file);
            await KeyFileImport.ImportAsync(db, Path.Combine(Path.GetDirectoryName(file)!, "keys"), logger, cancellationToken);
        }
        else if (configuration["DataProtection:ImportKeysFrom"] is { Length: > 0 } keys)
        {
            await KeyFileImport.ImportAsync(db, keys, logger, cancellationToken);
        }
        logger.LogInformation("Database ready ({Provider})", active.Provider);
        var loader = scope.ServiceProvider.GetRequiredService<NetworkLoader>();
        await locks.RunExclusiveAsync(db, ClusterLocks.NetworkLoad, () => loader.LoadAsync(cancellationToken), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task CreateHistoryTableAsync(BplDbContext db, CancellationToken ct)
    {
        try
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
            // Another instance starting at the same moment created it.
        }
    }

    /// <summary>EF's execution strategy wraps the provider's exception ("likely due to a transient failure").</summary>
    private static NpgsqlException? Npgsql(Exception? e) => e is null ? null : e as NpgsqlException ?? Npgsql(e.InnerException);

    /// <summary>No server, a refused login or a missing database: the operator's to fix, not a bug.</summary>
    private static bool Unreachable(NpgsqlException e) => e is not PostgresException pg || pg.SqlState.StartsWith("28", StringComparison.Ordinal)
        || pg.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;

    private static string Reason(NpgsqlException e) => e is PostgresException pg ? pg.MessageText : (e.InnerException ?? e).Message;
}
