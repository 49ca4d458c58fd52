using BplBot.Data;
using BplBot.Digest;
using BplBot.Domain.Time;
using BplBot.Outbox;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BplBot.Tests.Meetings;

public abstract class DigestAndPauseTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task Digest_FiresMondaysAt0800Stockholm_AcrossDaylightSaving()
    {
        await using var app = new BotApplication(Provider);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey("weekly-digest", "digest"));
        Assert.NotNull(trigger);
        var next = trigger.NextFireTimeUtc!.Value;
        Assert.Equal(DayOfWeek.Monday, Stockholm.ToLocal(next).DayOfWeek);
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(Stockholm.ToLocal(next)));

        // The bot's own trigger: the Mondays after both changes of 2027 (28 March, 31 October) are still at 08:00 local time.
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 6, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(new DateTimeOffset(2027, 3, 27, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2027, 11, 1, 7, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(new DateTimeOffset(2027, 10, 30, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Digest_IsForCoordinators()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        Assert.Contains("är till för nätverkets samordnare", await app.SayAsync("digest"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PauseAndResume_Reminders()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        Assert.Contains("Du får inga påminnelser till och med 10 januari 2027", await app.SayAsync("pausa påminnelser till 2027-01-10"), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 1, 10), app.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == "fatima.noor@example.se").RemindersPausedUntil));
        Assert.Contains("Skriv t.ex.", await app.SayAsync("pausa påminnelser en stund"), StringComparison.Ordinal);
        Assert.Contains("på igen", await app.SayAsync("återuppta påminnelser"), StringComparison.Ordinal);
        Assert.Null(app.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == "fatima.noor@example.se").RemindersPausedUntil));
    }
}

public sealed class DigestAndPauseTestsOnSqlite() : DigestAndPauseTests(DatabaseProvider.Sqlite);

public sealed class DigestAndPauseTestsOnPostgreSql() : DigestAndPauseTests(DatabaseProvider.PostgreSql);
