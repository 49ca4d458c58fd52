using BplBot.Network;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Data;

/// <summary>
/// Runs before the scheduler and the endpoint start: applies migrations, turns on WAL (readers never wait for the
/// writer), and loads the network. A bad network file stops the start with a clear message.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        logger.LogInformation("Database ready");
        await scope.ServiceProvider.GetRequiredService<NetworkLoader>().LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
