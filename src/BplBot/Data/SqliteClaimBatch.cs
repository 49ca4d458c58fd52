using System.Threading.Channels;
using BplBot.Conversations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BplBot.Data;

/// <summary>
/// Group commit for the de-duplication claims on SQLite. Every activity's first write is its claim; with 32 turns at
/// once, each opening a connection and committing alone was a fifth of a turn's cost. Claims that arrive while a batch
/// is being written wait for the next one, and a batch is one transaction on one connection that stays open, inside
/// the process's write gate. The unique index still decides: a duplicate in the same batch finds the first one's row.
/// PostgreSQL needs none of this (many writers); there the claim is a plain insert.
/// </summary>
public sealed class SqliteClaimBatch : IAsyncDisposable
{
    /// <summary>Enough for a burst of turns, small enough that no claim waits long behind the others.</summary>
    private const int MaxBatch = 64;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteWriteGate _gate;
    private readonly string _connectionString;
    private readonly ILogger<SqliteClaimBatch> _logger;
    private readonly Lock _start = new();
    private Task? _writer;
    private Statement? _statement;

    public SqliteClaimBatch(IConfiguration configuration, SqliteWriteGate gate, ILogger<SqliteClaimBatch> logger)
    {
        _connectionString = configuration.ConnectionString();
        _gate = gate;
        _logger = logger;
    }

    /// <summary>True when this claim is the first for its key; false when the row was there (or claimed in the same batch).</summary>
    /// <remarks>
    /// Not cancellable once queued: the batch is written within milliseconds, and a claim written for a turn that then
    /// stopped waiting would make Teams' redelivery look like a duplicate.
    /// </remarks>
    public Task<bool> ClaimAsync(BplDbContext db, ProcessedActivity claim)
    {
        _statement ??= Statement.From(db.Model, db.GetService<ISqlGenerationHelper>());
        var pending = new Pending(claim, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        EnsureWriter();
        return pending.Done.Task;
    }

    private void EnsureWriter()
    {
        if (_writer is not null) return;
        lock (_start) _writer ??= Task.Run(WriteAsync);
    }

    /// <summary>
    /// The one writer, for as long as the process runs. A batch that fails (the file cannot be opened, the disk is
    /// full) fails its turns, the connection is dropped, and the next batch opens a new one: the loop never dies with
    /// claims left waiting.
    /// </summary>
    private async Task WriteAsync()
    {
        SqliteConnection? connection = null;
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
                try
                {
                    connection ??= Open();
                    var open = connection;
                    var inserted = await _gate.RunAsync(() => Task.FromResult(Insert(open, batch)), CancellationToken.None);
                    for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(inserted[i]);
                }
                catch (Exception e)
                {
                    // The turns see the failure as their own write's.
                    _logger.LogWarning("A batch of {Count} de-duplication claims could not be written ({Error})", batch.Count, e.GetType().Name);
                    foreach (var pending in batch) pending.Done.TrySetException(e);
                    if (connection is not null) await connection.DisposeAsync();
                    connection = null;
                }
            }
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = SqlitePragmas.Sql;
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private bool[] Insert(SqliteConnection connection, List<Pending> batch)
    {
        var statement = _statement!;
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement.Sql;
        var channel = command.Parameters.AddWithValue("$channel", DBNull.Value);
        var conversation = command.Parameters.AddWithValue("$conversation", DBNull.Value);
        var activity = command.Parameters.AddWithValue("$activity", DBNull.Value);
        var received = command.Parameters.AddWithValue("$received", DBNull.Value);
        command.Prepare();
        var inserted = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var claim = batch[i].Claim;
            channel.Value = claim.ChannelId;
            conversation.Value = claim.ConversationId;
            activity.Value = claim.ActivityId;
            received.Value = statement.ReceivedAt(claim.ReceivedAt);
            inserted[i] = command.ExecuteNonQuery() == 1;
        }
        transaction.Commit();
        return inserted;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer is not null) await _writer;
    }

    private sealed record Pending(ProcessedActivity Claim, TaskCompletionSource<bool> Done);

    /// <summary>The insert, named as the model names the table and columns; the time stored as the model stores it.</summary>
    private sealed record Statement(string Sql, Func<DateTimeOffset, object> ReceivedAt)
    {
        public static Statement From(IModel model, ISqlGenerationHelper sql)
        {
            var entity = model.FindEntityType(typeof(ProcessedActivity))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
            var converter = entity.FindProperty(nameof(ProcessedActivity.ReceivedAt))!.GetTypeMapping().Converter;
            return new Statement(
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                $"({Column(nameof(ProcessedActivity.ChannelId))}, {Column(nameof(ProcessedActivity.ConversationId))}, " +
                $"{Column(nameof(ProcessedActivity.ActivityId))}, {Column(nameof(ProcessedActivity.ReceivedAt))}) " +
                "VALUES ($channel, $conversation, $activity, $received) ON CONFLICT DO NOTHING",
                at => converter is null ? at : converter.ConvertToProvider(at)!);
        }
    }
}
