using BplBot.Data;
using Npgsql;

namespace BplBot.Outbox;

/// <summary>
/// One outbox dispatcher in the cluster, so Teams' limits (30/s per tenant, 7/s per conversation) hold for the
/// cluster as one sender. On PostgreSQL the dispatcher is whoever holds a session advisory lock on a dedicated
/// connection: the lock goes the moment that session dies (an instance killed, a network cut), and a waiting instance
/// takes over. The same connection LISTENs for the other instances' kicks. On SQLite the one process always leads.
/// Correctness never depends on the leader: rows are claimed with leases, so a brief overlap only risks a 429.
/// </summary>
public sealed class DispatchLeadership(ActiveDatabase active, IConfiguration configuration, OutboxSignal signal, ILogger<DispatchLeadership> logger)
{
    public const string Channel = "bplbot_outbox";

    /// <summary>Waits until this instance leads; the returned lead's <see cref="Lead.Lost"/> fires if its session ends.</summary>
    public async Task<Lead> AcquireAsync(CancellationToken stopping)
    {
        if (active.Provider != DatabaseProvider.PostgreSql) return new Lead(null, new CancellationTokenSource(), Task.CompletedTask);
        while (true)
        {
            // Not pooled: a pooled session outlives Close, and with it the lock; this session ends when the lead does.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(configuration.ConnectionString()) { Pooling = false }.ConnectionString);
            try
            {
                await connection.OpenAsync(stopping);
                await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({ClusterLocks.OutboxDispatcher}); LISTEN {Channel};", connection) { CommandTimeout = 0 })
                    await take.ExecuteNonQueryAsync(stopping);
                var lost = new CancellationTokenSource();
                connection.Notification += (_, _) => signal.Kick();
                return new Lead(connection, lost, ListenAsync(connection, lost));
            }
            catch (Exception e) when (!stopping.IsCancellationRequested && e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                await connection.DisposeAsync();
                logger.LogWarning("The outbox dispatcher lock could not be taken ({Error}); trying again", e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(2), stopping);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Another instance planned rows: wake the dispatcher. Sent through the caller's own database context.</summary>
    public static string NotifySql => $"SELECT pg_notify('{Channel}', '')";

    private async Task ListenAsync(NpgsqlConnection connection, CancellationTokenSource lost)
    {
        try
        {
            while (!lost.IsCancellationRequested) await connection.WaitAsync(lost.Token);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            // Stepping down.
        }
        catch (Exception e)
        {
            logger.LogWarning("The outbox dispatcher's database session ended ({Error}): this instance no longer dispatches", e.GetType().Name);
            await lost.CancelAsync();
        }
    }

    /// <summary>This instance's turn as dispatcher; disposing it steps down (the lock goes with the session).</summary>
    public sealed class Lead(NpgsqlConnection? connection, CancellationTokenSource lost, Task listening) : IAsyncDisposable
    {
        public CancellationToken Lost => lost.Token;

        public bool Clustered => connection is not null;

        public async ValueTask DisposeAsync()
        {
            await lost.CancelAsync();
            await listening;
            if (connection is not null) await connection.DisposeAsync();
            lost.Dispose();
        }
    }
}
