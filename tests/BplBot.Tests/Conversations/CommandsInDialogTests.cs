using BplBot.Data;
using System.Text.Json.Nodes;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Conversations;

/// <summary>Issue 12: nothing a person types mid-dialog is misread as an answer, or lost.</summary>
public abstract class CommandsInDialogTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static string Step(BotApplication app) => app.WithDb(db => db.DialogStates.AsNoTracking().Single().Step);

    [Fact]
    public async Task CommandAtAClosedStep_IsAnsweredAsTheCommand_ThenTheQuestionComesAgain()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");

        var answer = await app.SayAsync("nästa träff");

        Assert.Contains("Nästa träff: träff 9", answer, StringComparison.Ordinal);
        Assert.Contains("Hur långt har ni kommit", answer, StringComparison.Ordinal); // the rating question again
        Assert.Equal("Rating", Step(app));
    }

    [Fact]
    public async Task CommandAtAMeasureStep_IsNotTakenAsAValue()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "3,5", "Vi gör fler hembesök");

        var answer = await app.SayAsync("vem är jag");

        Assert.Contains("Fatima Noor", answer, StringComparison.Ordinal);
        Assert.Contains("Mått 1 av 2", answer, StringComparison.Ordinal);
        Assert.Equal("Measure", Step(app));
    }

    [Fact]
    public async Task CommandAtAFreeTextStep_AsksWhichWasMeant_AndEachButtonDoesWhatItSays()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "3,5");
        var before = app.Connector.Sent.Count;

        await app.SayAsync("status Nässjö");

        // Not stored as the reason: the person is asked, with two buttons.
        Assert.Equal("Reason", Step(app));
        var question = Assert.Single(app.CardsSince(before));
        Assert.Contains("Menade du kommandot **status Nässjö**", question.Text(), StringComparison.Ordinal);
        var buttons = question["actions"]!.AsArray().Select(a => a!["data"]!.AsObject()).ToList();
        Assert.Equal(2, buttons.Count);

        // "Kör kommandot": the status card, then the reason question again.
        before = app.Connector.Sent.Count;
        await app.SendAsync(Submit(buttons[0]));
        Assert.Contains(app.CardsSince(before), c => c.Text().Contains("Status – Nässjö", StringComparison.Ordinal));
        Assert.Contains(app.Connector.SentTexts.Skip(before), t => t.Contains("**varför**", StringComparison.Ordinal));
        Assert.Equal("Reason", Step(app));

        // "Det är vårt svar": the same words are the reason after all.
        await app.SendAsync(Submit(buttons[1]));
        Assert.Equal("Measure", Step(app));
        await app.ThroughMeasuresAsync("hoppa över", "hoppa över", "hoppa över", "hoppa över", "hoppa över", "nej", "spara");
        Assert.Equal("status Nässjö", Assert.Single(app.CheckInsMade()).RatingReason);
    }

    [Fact]
    public async Task ReasonThatOnlyStartsWithACommandWordWithoutArgument_IsTheReason()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "1");

        var next = await app.SayAsync("Team och uppdrag är klart");

        Assert.Contains("Mått 1 av 2", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandWhileDefiningANewMeasure_RunsAndTheNameIsAskedAgain()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "3,5", "Vi gör fler hembesök", "nytt mått");
        var before = app.Connector.Sent.Count;

        await app.SayAsync("hjälp");
        Assert.Contains("nytt mått för teamet", app.Connector.SentTexts[^1], StringComparison.Ordinal); // the dialog's own help

        await app.SayAsync("träffar");
        Assert.Contains(app.Connector.SentTexts.Skip(before), t => t.Contains("Kommande träffar", StringComparison.Ordinal));
        Assert.Contains("Vad heter måttet", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        Assert.Equal("NewMeasureName", Step(app));
    }

    [Fact]
    public async Task AReplacementWithFewerValues_AsksFirst_NamingWhatWouldBeLost()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.CompleteCheckInAsync(hembesok: "22");
        Assert.Single(app.CheckInsMade());

        await app.ThroughMeasuresAsync("rapportera", "3,5", "Samma som förut", "hoppa över", "hoppa över", "hoppa över", "hoppa över", "hoppa över", "nej");
        var question = await app.SayAsync("spara");

        Assert.Contains("saknar det som fanns i den", question, StringComparison.Ordinal);
        Assert.Contains("**Gemensamma hembesök** (22 hembesök)", question, StringComparison.Ordinal);
        Assert.Contains("PGSA: vad ni testade", question, StringComparison.Ordinal);
        Assert.Single(app.CheckInsMade()); // nothing replaced yet

        Assert.Contains("Rapporten avbröts", await app.SayAsync("avbryt"), StringComparison.Ordinal);
        Assert.Equal(22m, Assert.Single(app.CheckInsMade()).Answers.OrderBy(a => a.MeasureId).First().Value);
    }

    [Fact]
    public async Task AReplacementWithFewerValues_IsSavedOnlyWhenConfirmed()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.CompleteCheckInAsync(hembesok: "22");
        await app.ThroughMeasuresAsync("rapportera", "3,5", "Samma som förut", "hoppa över", "hoppa över", "hoppa över", "hoppa över", "hoppa över", "nej", "spara");

        Assert.Contains("Tack!", await app.SayAsync("spara ändå"), StringComparison.Ordinal);

        var made = app.CheckInsMade();
        Assert.Equal(2, made.Count);
        Assert.Null(made[^1].SupersededAt);
    }

    [Fact]
    public async Task ANewMeasureNamedWithALink_IsRefused_AndTheNameAskedAgain()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "3,5", "Vi gör fler hembesök", "nytt mått");

        var answer = await app.SayAsync("Väntetid [Logga in igen](https://evil.example/login) **VIKTIGT**");

        Assert.Contains("utan länkar", answer, StringComparison.Ordinal);
        Assert.Equal("NewMeasureName", Step(app));
        Assert.DoesNotContain(app.WithDb(db => db.DialogStates.AsNoTracking().Select(d => d.Data).ToList()), d => d.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManyMessagesInAMinute_AreAnsweredPolitely_NotWorkedThrough()
    {
        await using var app = new BotApplication(Provider, settings: new() { ["Conversations:MessagesPerMinute"] = "5" });
        for (var i = 0; i < 5; i++) await app.SayAsync("hjälp");

        Assert.Contains("Vänta en liten stund", await app.SayAsync("hjälp"), StringComparison.Ordinal);
    }
}

public sealed class CommandsInDialogTestsOnSqlite() : CommandsInDialogTests(DatabaseProvider.Sqlite);

public sealed class CommandsInDialogTestsOnPostgreSql() : CommandsInDialogTests(DatabaseProvider.PostgreSql);
