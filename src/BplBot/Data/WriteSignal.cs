using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BplBot.Data;

/// <summary>What a cache depends on: each has its own generation, so a dialog step does not empty the directory's cache.</summary>
public enum Watch
{
    /// <summary>The network, people and their roles, Teams accounts, conversation references, meetings.</summary>
    Directory,

    /// <summary>Dialog states (a check-in going on).</summary>
    Dialogs,
}

/// <summary>
/// Tells in-process caches that what they hold may have changed: any statement that writes to one of the watched
/// tables moves that watch's generation on — tracked saves, set-based updates and raw SQL alike. A write inside a
/// transaction counts again (for every watch) when it commits, so a reader that cached the old rows meanwhile is not
/// trusted either.
/// </summary>
public sealed class WriteSignal : DbCommandInterceptor
{
    private static readonly (string Table, Watch Watch)[] Watched =
    [
        ("\"Teams\"", Watch.Directory), ("\"People\"", Watch.Directory), ("\"Roles\"", Watch.Directory),
        ("\"NetworkInfo\"", Watch.Directory), ("\"TeamsUsers\"", Watch.Directory),
        ("\"ConversationReferences\"", Watch.Directory), ("\"Meetings\"", Watch.Directory),
        ("\"DialogStates\"", Watch.Dialogs),
    ];

    private readonly long[] _generations = new long[Enum.GetValues<Watch>().Length];

    public long Of(Watch watch) => Interlocked.Read(ref _generations[(int)watch]);

    /// <summary>Everything may have changed.</summary>
    public void Bump()
    {
        for (var i = 0; i < _generations.Length; i++) Interlocked.Increment(ref _generations[i]);
    }

    public void Bump(Watch watch) => Interlocked.Increment(ref _generations[(int)watch]);

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Observe(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Observe(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>The interceptor for transactions: a commit moves the generation on again.</summary>
    public IInterceptor Commits => _commits ??= new CommitSignal(this);

    private IInterceptor? _commits;

    private void Observe(DbCommand command)
    {
        var sql = command.CommandText;
        if (!IsWrite(sql)) return;
        foreach (var (table, watch) in Watched)
        {
            if (sql.Contains(table, StringComparison.Ordinal)) Bump(watch);
        }
    }

    // EF batches start with their first statement; a SELECT never writes, whatever follows in a WITH clause.
    private static bool IsWrite(string sql) =>
        sql.Contains("INSERT ", StringComparison.OrdinalIgnoreCase) || sql.Contains("UPDATE ", StringComparison.OrdinalIgnoreCase)
        || sql.Contains("DELETE ", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A commit can make visible what a write inside it changed: caches must not trust what they read meanwhile.</summary>
internal sealed class CommitSignal(WriteSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Bump();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Bump();
        return Task.CompletedTask;
    }
}
