using BplBot.Data;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.CheckIn;

/// <summary>The dialog's state lives in the database: it survives restarts, expires, and takes one message at a time.</summary>
public abstract class CheckInStateTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task CheckIn_AfterARestart_ContinuesAtTheSameStep()
    {
        string folder;
        await using (var first = new BotApplication(Provider))
        {
            folder = first.Folder;
            first.AsFatima();
            await first.SayAsync("rapportera");
            await first.SayAsync("4");
        }

        await using var second = new BotApplication(Provider, folder);
        var reply = await second.SayAsync("Vi ser tydliga förbättringar");

        Assert.Contains("Mått 1 av 2", reply, StringComparison.Ordinal);
        await second.ThroughMeasuresAsync("14", "30", "hoppa över", "hoppa över", "hoppa över", "nej", "spara");
        var saved = Assert.Single(second.CheckInsMade());
        Assert.Equal(4.0m, saved.Rating);
        Assert.Equal("Vi ser tydliga förbättringar", saved.RatingReason);
    }

    [Fact]
    public async Task CheckIn_LeftAloneLongerThanTheTimeout_ExpiresWithANote()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(Provider, time: clock);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.SayAsync("3");

        clock.Advance(TimeSpan.FromHours(25));
        var reply = await app.SayAsync("Ett svar på den gamla frågan");

        Assert.Contains("legat orörd i mer än 24 timmar. Inget sparades", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("känner jag inte igen", reply, StringComparison.Ordinal);
        Assert.Empty(app.WithDb(db => db.DialogStates.AsNoTracking().ToList()));
        Assert.Empty(app.CheckInsMade());
    }

    [Fact]
    public async Task CheckIn_ExpiredDialog_StillRunsACommandTypedAfterIt()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(Provider, time: clock, settings: new() { ["Dialogs:Timeout"] = "01:00:00" });
        app.AsFatima();
        await app.SayAsync("rapportera");

        clock.Advance(TimeSpan.FromMinutes(61));
        var reply = await app.SayAsync("rapportera");

        Assert.Contains("mer än 1 timmar", reply, StringComparison.Ordinal);
        Assert.Contains("Då rapporterar vi för **Nässjö**", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_TwoMessagesAtOnce_AreAppliedOneAfterTheOther()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");

        await Task.WhenAll(app.SendAsync(PersonalMessage("3")), app.SendAsync(PersonalMessage("4")));

        // One answer became the rating and the other the reason: the dialog moved two steps, not one step twice.
        var state = app.WithDb(db => db.DialogStates.AsNoTracking().Single());
        Assert.Equal("Measure", state.Step);
        Assert.Contains("\"rating\":", state.Data, StringComparison.Ordinal);
        Assert.Matches("\"reason\":\"[34]\"", state.Data);
    }

    [Fact]
    public async Task CheckIn_SecondInTheSamePeriod_ReplacesTheFirst_AndKeepsItForAudit()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.CompleteCheckInAsync(rating: "3", hembesok: "12");

        var intro = await app.SayAsync("rapportera");
        Assert.Contains("Teamet har redan rapporterat", intro, StringComparison.Ordinal);
        Assert.Contains("Förra skattningen: **3,0**", intro, StringComparison.Ordinal);
        await app.SayAsync("avbryt");
        var saved = await app.CompleteCheckInAsync(rating: "4", hembesok: "15");
        Assert.Contains("ersätter teamets tidigare rapport", saved, StringComparison.Ordinal);

        var checkIns = app.CheckInsMade();
        Assert.Equal(2, checkIns.Count);
        Assert.NotNull(checkIns[0].SupersededAt);
        Assert.Null(checkIns[1].SupersededAt);
        Assert.Equal(3.0m, checkIns[0].Rating);
        Assert.Equal(12m, checkIns[0].Answers.OrderBy(a => a.MeasureId).First().Value);
        // The series holds the newest report's points only.
        var fromCheckIns = app.WithDb(db => db.MeasureValues.AsNoTracking().Where(v => v.CheckInId != null).Select(v => v.CheckInId).Distinct().ToList());
        Assert.Equal([checkIns[1].Id], fromCheckIns);
    }

    [Fact]
    public async Task EditLast_StartsFromTheSavedReport_AndSavingReplacesIt()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.CompleteCheckInAsync(rating: "3");

        var summary = await app.SayAsync("ändra senaste");
        Assert.Contains("senaste rapport för perioden", summary, StringComparison.Ordinal);
        Assert.Contains("3,0 (Måttlig förbättring)", summary, StringComparison.Ordinal);

        Assert.Contains("Hur långt har ni kommit", await app.SayAsync("ändra skattning"), StringComparison.Ordinal);
        await app.SayAsync("3,5");
        var back = await app.SayAsync("Nu rör sig måtten");
        Assert.Contains("Sammanfattning", back, StringComparison.Ordinal);
        Assert.Contains("Nu rör sig måtten", back, StringComparison.Ordinal);
        Assert.Contains("Hembesök på tisdagar", back, StringComparison.Ordinal);
        await app.SayAsync("spara");

        var current = Assert.Single(app.CheckInsMade(), c => c.SupersededAt == null);
        Assert.Equal(3.5m, current.Rating);
        Assert.Equal("Hembesök på tisdagar", current.Tested);
        Assert.Equal(2, app.CheckInsMade().Count);
    }
}

public abstract class PruneExpiredDialogsTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task NightlyJob_DeletesDialogsExpiredMoreThanAWeekAgo_AndIsScheduled()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(Provider, time: clock);
        app.AsFatima();
        await app.SayAsync("rapportera");
        var scheduler = await app.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetJobDetail(BplBot.Jobs.PruneExpiredDialogsJob.Key));

        await RunJobAsync(app);
        Assert.Single(app.WithDb(db => db.DialogStates.AsNoTracking().ToList()));

        clock.Advance(TimeSpan.FromDays(9));
        await RunJobAsync(app);
        await RunJobAsync(app);
        Assert.Empty(app.WithDb(db => db.DialogStates.AsNoTracking().ToList()));
    }

    private static async Task RunJobAsync(BotApplication app)
    {
        using var scope = app.Services.CreateScope();
        var job = ActivatorUtilities.CreateInstance<BplBot.Jobs.PruneExpiredDialogsJob>(scope.ServiceProvider);
        await job.Execute(null!, CancellationToken.None);
    }
}

public sealed class CheckInStateTestsOnSqlite() : CheckInStateTests(DatabaseProvider.Sqlite);

public sealed class CheckInStateTestsOnPostgreSql() : CheckInStateTests(DatabaseProvider.PostgreSql);

public sealed class PruneExpiredDialogsTestsOnSqlite() : PruneExpiredDialogsTests(DatabaseProvider.Sqlite);

public sealed class PruneExpiredDialogsTestsOnPostgreSql() : PruneExpiredDialogsTests(DatabaseProvider.PostgreSql);
