using BplBot.Data;
using BplBot.Reminders;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BplBot.Tests.Meetings;

/// <summary>Coordinators manage meetings in chat; each meeting's reminders live as triggers in Quartz's store.</summary>
public abstract class MeetingCommandTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static Task<IReadOnlyList<DateTimeOffset>> FireTimesAsync(BotApplication app, int ordinal) => app.InScopeAsync(async sp =>
    {
        var id = sp.GetRequiredService<BplBot.Data.BplDbContext>().Meetings.Single(m => m.Ordinal == ordinal).Id;
        return await sp.GetRequiredService<ReminderScheduler>().FireTimesAsync(id, CancellationToken.None);
    });

    private static Task<DateTimeOffset?> NewsletterTimeAsync(BotApplication app, int ordinal) => app.InScopeAsync(async sp =>
    {
        var id = sp.GetRequiredService<BplBot.Data.BplDbContext>().Meetings.Single(m => m.Ordinal == ordinal).Id;
        return await sp.GetRequiredService<ReminderScheduler>().NewsletterTimeAsync(id, CancellationToken.None);
    });

    [Fact]
    public async Task NewMeeting_SchedulesRemindersAt0900_AndMovingOrCancellingMovesThem()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");

        var added = await app.SayAsync("ny träff 2027-01-19 09:00-12:00 Jönköping tema: Mätningar");
        Assert.Contains("Inlagd: träff 11 den 19 januari 2027 09.00–12.00 i Jönköping, tema: Mätningar", added, StringComparison.Ordinal);
        Assert.Contains("Påminnelser går ut 5 januari 2027, 15 januari 2027, 18 januari 2027 kl. 09.00", added, StringComparison.Ordinal);
        Assert.Equal([At(2027, 1, 5, 8), At(2027, 1, 15, 8), At(2027, 1, 18, 8)], await FireTimesAsync(app, 11));

        var moved = await app.SayAsync("flytta träff 11 2027-01-26 10:00");
        Assert.Contains("Flyttad: träff 11 den 26 januari 2027 10.00–13.00", moved, StringComparison.Ordinal);
        Assert.Equal([At(2027, 1, 12, 8), At(2027, 1, 22, 8), At(2027, 1, 25, 8)], await FireTimesAsync(app, 11));
        // The newsletter draft follows the meeting too: an hour after its new end (13:00 + 1 h local).
        Assert.Equal(At(2027, 1, 26, 13), await NewsletterTimeAsync(app, 11));

        Assert.Contains("Inställd", await app.SayAsync("ställ in träff 11"), StringComparison.Ordinal);
        Assert.Empty(await FireTimesAsync(app, 11));
        Assert.Null(await NewsletterTimeAsync(app, 11));
        Assert.True(app.WithDb(db => db.Meetings.AsNoTracking().Single(m => m.Ordinal == 11)).IsCancelled);
    }

    [Fact]
    public async Task NewMeeting_WithoutText_GivesACardForm_WhoseSubmitAddsTheMeeting()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");
        var before = app.Connector.Sent.Count;
        await app.SendAsync(TeamsActivities.PersonalMessage("ny träff"));
        var card = Assert.Single(app.CardsSince(before));
        var ids = card["body"]!.AsArray().Select(e => e!["id"]?.GetValue<string>()).Where(id => id is not null).ToList();
        Assert.Equal(["date", "start", "end", "place", "theme"], ids);

        var submitted = card["actions"]![0]!["data"]!.AsObject().DeepClone().AsObject();
        submitted["date"] = "2027-02-16";
        submitted["start"] = "13:00";
        submitted["end"] = "16:00";
        submitted["place"] = "Eksjö";
        submitted["theme"] = "Spridning";
        var reply = await app.AnswerToAsync(TeamsActivities.Submit(submitted));
        Assert.Contains("Inlagd: träff 11 den 16 februari 2027 13.00–16.00 i Eksjö, tema: Spridning", reply, StringComparison.Ordinal);
        Assert.Equal(3, (await FireTimesAsync(app, 11)).Count);

        submitted["date"] = "2027-02-30";
        Assert.Contains("inget giltigt datum", await app.AnswerToAsync(TeamsActivities.Submit(submitted)), StringComparison.Ordinal);

        // A personnummer in the theme is refused, not echoed, and no meeting is stored.
        submitted["date"] = "2027-03-16";
        submitted["theme"] = "Elev 811218-9876";
        var refused = await app.AnswerToAsync(TeamsActivities.Submit(submitted));
        Assert.Contains("ser ut som ett personnummer", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("9876", refused, StringComparison.Ordinal);
        Assert.Equal(11, app.WithDb(db => db.Meetings.Max(m => m.Ordinal)));
        Assert.DoesNotContain("9876", string.Concat(app.WithDb(db => db.Meetings.Select(m => m.Theme + m.Place).ToList())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_StayAt0900Local_AcrossBothDaylightSavingChangesOf2027()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");

        await app.SayAsync("ny träff 2027-04-06 09:00 Värnamo");
        await app.SayAsync("ny träff 2027-11-09 09:00 Vetlanda");

        // 23 March is winter time (UTC+1); 2 and 5 April summer time (UTC+2). Good Friday 26 March is not involved.
        Assert.Equal([At(2027, 3, 23, 8), At(2027, 4, 2, 7), At(2027, 4, 5, 7)], await FireTimesAsync(app, 11));
        // 26 October is summer time; 5 November (Saturday the 6th moved back) and 8 November winter time.
        Assert.Equal([At(2027, 10, 26, 7), At(2027, 11, 5, 8), At(2027, 11, 8, 8)], await FireTimesAsync(app, 12));
    }

    [Fact]
    public async Task Reminders_OnAWeekendOrHoliday_MoveToThePreviousWorkingDay()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");

        // Tuesday 30 March 2027: the day before is annandag påsk, three days before a Saturday; both move to Thursday 25 March.
        await app.SayAsync("ny träff 2027-03-30 09:00 Jönköping");

        Assert.Equal([At(2027, 3, 16, 8), At(2027, 3, 25, 8)], await FireTimesAsync(app, 11));
    }

    [Fact]
    public async Task MeetingCommands_AreForCoordinators_AndExplainBadInput()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo medlem nassjo");
        Assert.Contains("är till för nätverkets samordnare", await app.SayAsync("ny träff 2027-01-19 09:00 Jönköping"), StringComparison.Ordinal);
        Assert.Contains("Kommande träffar", await app.SayAsync("träffar"), StringComparison.Ordinal);

        await using var coordinator = new BotApplication(Provider);
        await coordinator.SayAsync("demo samordnare");
        Assert.Contains("Skriv datum och tid så här", await coordinator.SayAsync("ny träff i januari"), StringComparison.Ordinal);
        Assert.Contains("har redan varit", await coordinator.SayAsync("ny träff 2020-01-19 09:00 Jönköping"), StringComparison.Ordinal);
        Assert.Contains("Jag hittar ingen träff med numret 99", await coordinator.SayAsync("flytta träff 99 2027-01-26 09:00"), StringComparison.Ordinal);
        var list = await coordinator.SayAsync("träffar");
        Assert.Contains("träff 9 den", list, StringComparison.Ordinal);
        Assert.Contains("**Tidigare träffar**", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoMeetings_HaveTheirRemindersScheduledAtStart()
    {
        await using var app = new BotApplication(Provider);
        _ = app.Server;

        var times = await FireTimesAsync(app, 10);
        Assert.Equal(3, times.Count);
        Assert.All(times, t => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(BplBot.Domain.Time.Stockholm.ToLocal(t))));
    }

    private static DateTimeOffset At(int year, int month, int day, int utcHour) => new(year, month, day, utcHour, 0, 0, TimeSpan.Zero);
}

public sealed class MeetingCommandTestsOnSqlite() : MeetingCommandTests(DatabaseProvider.Sqlite);

public sealed class MeetingCommandTestsOnPostgreSql() : MeetingCommandTests(DatabaseProvider.PostgreSql);
