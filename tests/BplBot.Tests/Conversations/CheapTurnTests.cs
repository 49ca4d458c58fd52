using System.Collections.Concurrent;
using System.Data.Common;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Conversations;

/// <summary>Issue 15: what does not change per message is read once; a turn runs no query twice.</summary>
public sealed class CheapTurnTests
{
    private sealed class CommandLog : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Fatima's bot after two turns: the network, the person, the reference and "no dialog" are known.</summary>
    private static async Task<BotApplication> WarmAsync(CommandLog log)
    {
        var app = new BotApplication(settings: null);
        app.WithServices(s => s.AddSingleton<IInterceptor>(log));
        app.AsFatima();
        await app.SayAsync("hjälp");
        await app.SayAsync("hjälp");
        return app;
    }

    [Fact]
    public async Task AKnownPersonsHelp_RunsNoStatementThroughEf()
    {
        var log = new CommandLog();
        await using var app = await WarmAsync(log);
        log.Commands.Clear();

        var answer = await app.SayAsync("hjälp");

        Assert.Contains("Det här kan jag hjälpa dig med", answer, StringComparison.Ordinal);
        // The de-duplication claim goes through the claim batch's own connection (on SQLite); the network, the person,
        // the reference and that no dialog is going on are known.
        Assert.Empty(log.Commands);
    }

    [Fact]
    public async Task ThatNoDialogIsGoingOn_IsKnownUntilADialogIsWritten_ThenEveryStepReadsIt()
    {
        var log = new CommandLog();
        await using var app = await WarmAsync(log);

        // The check-in starts from "no dialog" (kept), and writes one: from then on each step reads it again.
        Assert.Contains("Då rapporterar vi för **Nässjö**", await app.SayAsync("rapportera"), StringComparison.Ordinal);
        Assert.Contains("varför", await app.SayAsync("3 och en halv"), StringComparison.Ordinal);
        Assert.Contains("Mått 1 av 2", await app.SayAsync("Fler hembesök"), StringComparison.Ordinal);
        Assert.Contains("Inget sparades", await app.SayAsync("avbryt"), StringComparison.Ordinal);

        // Ended (the row deleted): "hjälp" is a command again, and after one read that is known once more.
        Assert.Contains("Det här kan jag hjälpa dig med", await app.SayAsync("hjälp"), StringComparison.Ordinal);
        log.Commands.Clear();
        Assert.Contains("Det här kan jag hjälpa dig med", await app.SayAsync("hjälp"), StringComparison.Ordinal);
        Assert.DoesNotContain(log.Commands, c => c.Contains("\"DialogStates\"", StringComparison.Ordinal));
    }
}
