using System.Diagnostics;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Security;

/// <summary>
/// The security review's hostile inputs, through the whole bot: each gets 200 and a reply of its own, never an
/// exception (which the connector sees as 500, or the catch-all as "Något gick fel"). Timings are written to the test
/// output for docs/benchmarks.md, never asserted.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const string SomethingWentWrong = "Något gick fel";

    /// <summary>F4: an unknown 28 000-character word took 0.47 s, <c>status</c> + 28 000 characters 1.07 s.</summary>
    [Theory]
    [InlineData("unknown word", 28_000)]
    [InlineData("status", 28_000)]
    [InlineData("skatta", 28_000)]
    [InlineData("unknown word", 200_000)]
    public async Task LongMessage_IsAnswered(string kind, int length)
    {
        await using var app = new BotApplication();
        app.AsFatima();
        var text = kind == "unknown word" ? new string('x', length) : kind + " " + new string('x', length);
        await app.SayAsync("hjälp"); // the first turn of an app pays for its warm-up; the figure is for the second
        await TimedSayAsync(app, "hjälp", "hjälp, for comparison");

        var reply = await TimedSayAsync(app, text, $"{kind} + {length} chars");

        Assert.NotEmpty(reply);
        Assert.DoesNotContain(SomethingWentWrong, reply, StringComparison.Ordinal);
    }

    /// <summary>
    /// F4: at a % measure step, "1" + 100 000 spaces + "x" took 29 s (a quadratic regex). Under the message cap the
    /// text reaches the number parser and is refused as no number; over it, the handler's cap answers first.
    /// </summary>
    [Theory]
    [InlineData(3_900, "Jag kunde inte läsa det som ett tal")]
    [InlineData(28_000, "")]
    [InlineData(100_000, "")]
    public async Task LongPercentAnswer_AtAMeasureStep_IsAnsweredAndAskedAgain(int spaces, string expected)
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "3,5", "Fler hembesök görs tillsammans", "14");
        await TimedSayAsync(app, "mycket", "% step, a word, for comparison");

        var reply = await TimedSayAsync(app, "1" + new string(' ', spaces) + "x", $"% step, 1 + {spaces} spaces + x");

        Assert.NotEmpty(reply);
        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(SomethingWentWrong, reply, StringComparison.Ordinal);
        Assert.Contains("vad testade ni", await app.SayAsync("30,5 %"), StringComparison.Ordinal); // the dialog goes on
    }

    /// <summary>F9: each of these was a 500 with OverflowException or FormatException in the log.</summary>
    [Theory]
    [InlineData("stranger", "skatta 99999999999999999999999999999 x", "skatta")]
    [InlineData("stranger", "skatta \u0663 x", "skatta")]
    [InlineData("member", "skatta Nässjö 99999999999999999999999999999 x", "coacher")]
    [InlineData("coordinator", "nyhetsbrev träff 99999999999999999999999999999", "Jag hittar ingen träff")]
    [InlineData("coordinator", "bygg nyhetsbrev träff 2147483648", "Jag hittar ingen träff")]
    [InlineData("coordinator", "nyhetsbrev träff \u0663", "")] // no ASCII number: the latest draft, as a card
    public async Task NumberThatOverflowsOrIsNotAscii_GetsAFriendlyReply(string who, string text, string expected)
    {
        await using var app = new BotApplication();
        if (who == "member") app.AsFatima();
        if (who == "coordinator") await app.SayAsync("demo samordnare");

        var before = app.Connector.Sent.Count;
        var reply = await app.SayAsync(text);

        Assert.True(app.Connector.Sent.Count > before, "the bot answered");
        Assert.Contains(expected, reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SomethingWentWrong, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]   // decimal.MaxValue: overflowed in the history check
    [InlineData("99999999999999999999999999999")]   // beyond decimal
    [InlineData("2000000000000")]
    public async Task MeasureValue_AboveBound_IsAProblemNotAnException(string value)
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "3,5", "Fler hembesök görs tillsammans");

        var reply = await app.SayAsync(value);

        Assert.Contains("Skriv hur många hembesök det blev", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(SomethingWentWrong, reply, StringComparison.Ordinal);
        Assert.Contains("Mått 2 av 2", await app.SayAsync("14"), StringComparison.Ordinal);
    }

    /// <summary>F5: Word turns " - " into an en dash; such a reason slipped past the guard into the dialog state.</summary>
    [Theory]
    [InlineData("Elev 811218\u20139876 har hög frånvaro")]
    [InlineData("Elev 19811218\u20139876 har hög frånvaro")]
    [InlineData("Elev 811218\u200B-9876 har hög frånvaro")]
    [InlineData("Elev \uFF18\uFF11\uFF11\uFF12\uFF11\uFF18-\uFF19\uFF18\uFF17\uFF16 har hög frånvaro")]
    public async Task Reason_WithEnDashPersonnummer_IsRefusedAndNotInDialogState(string reason)
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "3,5");

        var reply = await app.SayAsync(reason);

        Assert.Contains("ser ut som ett personnummer", reply, StringComparison.Ordinal);
        var states = app.WithDb(db => db.DialogStates.AsNoTracking().Select(d => d.Data).ToList());
        Assert.NotEmpty(states);
        Assert.All(states, data => Assert.DoesNotContain("har hög frånvaro", data, StringComparison.Ordinal));
        Assert.Contains("Mått 1 av 2", await app.SayAsync("Fler hembesök görs tillsammans"), StringComparison.Ordinal);
    }

    private async Task<string> TimedSayAsync(BotApplication app, string text, string what)
    {
        var clock = Stopwatch.StartNew();
        var reply = await app.SayAsync(text);
        output.WriteLine($"{what}: answered in {clock.ElapsedMilliseconds} ms");
        return reply;
    }
}
