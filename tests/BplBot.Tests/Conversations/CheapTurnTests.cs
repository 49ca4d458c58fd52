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

    [Fact]
    public async Task AKnownPersonsHelp_IsOneWriteAndOneRead()
    {
        var log = new CommandLog();
        await using var app = new BotApplication(settings: null);
        app.WithServices(s => s.AddSingleton<IInterceptor>(log));
        app.AsFatima();
        await app.SayAsync("hjälp");
        await app.SayAsync("hjälp");
        log.Commands.Clear();

        var answer = await app.SayAsync("hjälp");

        Assert.Contains("Det här kan jag hjälpa dig med", answer, StringComparison.Ordinal);
        var commands = log.Commands.ToList();
        // The de-duplication claim, and whether a dialog is going on; the network, the person and the reference are known.
        Assert.True(commands.Count <= 2, string.Join("\n---\n", commands));
        Assert.Equal(commands.Count, commands.Distinct().Count());
    }
}
