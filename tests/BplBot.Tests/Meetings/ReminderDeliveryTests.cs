using BplBot.Data;
using System.Collections.Concurrent;
using System.Net;
using BplBot.Outbox;
using BplBot.Reminders;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Meetings;

/// <summary>Reminders through the outbox to the fake connector: who gets them, exactly once, through restarts and faults.</summary>
public abstract class ReminderDeliveryTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static readonly Dictionary<string, string?> Fast = new()
    {
        ["Outbox:PollInterval"] = "00:00:01", ["Outbox:RetryBaseDelay"] = "00:00:00", ["Outbox:PerTenantPerSecond"] = "200",
        ["Bot:RetryBaseDelay"] = "00:00:00.010", ["Bot:RetryMaxDelay"] = "00:00:00.050",
    };

    private static Task<int> RemindAsync(BotApplication app, int ordinal = 9, int daysBefore = 3) => app.InScopeAsync(sp =>
    {
        var id = sp.GetRequiredService<BplBot.Data.BplDbContext>().Meetings.Single(m => m.Ordinal == ordinal).Id;
        return sp.GetRequiredService<ReminderSender>().SendAsync(id, daysBefore, CancellationToken.None);
    });

    /// <summary>Activity posts per conversation that the connector accepted.</summary>
    private static Dictionary<string, int> Delivered(FakeConnector connector, ConcurrentDictionary<RecordedCall, bool>? refused = null) =>
        connector.Sent.Where(c => refused is null || !refused.ContainsKey(c))
            .GroupBy(c => c.RawPath[..c.RawPath.IndexOf("/activities", StringComparison.Ordinal)])
            .ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public async Task Reminder_GoesToMembersOfTeamsThatHaveNotReported_AndNotToPausedPeople()
    {
        await using var app = new BotApplication(Provider, settings: Fast);
        app.AsFatima();
        await app.CompleteCheckInAsync(); // Nässjö has reported
        var vetlanda = app.AddMembers("vetlanda", 3);
        var nassjo = app.AddMembers("nassjo", 2);
        app.WithDb(db =>
        {
            var paused = db.People.Single(p => p.Id == vetlanda[2]);
            paused.PauseReminders(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));
            return db.SaveChanges();
        });
        app.Connector.Clear();

        // The demo's own members (in other teams) are planned too, but have no Teams account to reach yet.
        Assert.True(await RemindAsync(app) >= 2);

        await RhythmKit.EventuallyAsync(() => app.WithDb(db => db.OutboxMessages.All(m => m.Status != OutboxStatus.Pending)), "the outbox done");
        var rows = app.WithDb(db => db.OutboxMessages.AsNoTracking().ToList());
        Assert.Equal(vetlanda.Take(2).Select(id => $"person:{id}").Order(), rows.Where(r => r.Status == OutboxStatus.Sent).Select(r => r.Recipient).Order());
        Assert.DoesNotContain(rows, r => r.Recipient == $"person:{vetlanda[2]}");
        Assert.DoesNotContain(rows, r => nassjo.Any(id => r.Recipient == $"person:{id}"));
        Assert.All(rows.Where(r => r.Status == OutboxStatus.Failed), r => Assert.Equal("no way to reach the person in Teams yet", r.LastError));
        var reminder = app.Connector.Sent.First(c => (c.Shown ?? "").Contains("Påminnelse", StringComparison.Ordinal));
        Assert.Contains("Vetlanda har inte rapporterat", reminder.Shown, StringComparison.Ordinal);
        Assert.Contains("Rapportera nu", reminder.Body, StringComparison.Ordinal);
        // Each person got a 1:1 chat created once, with the tenant.
        Assert.Equal(2, app.Connector.Calls.Count(c => c.Method == HttpMethod.Post && c.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)));

        Assert.Equal(0, await RemindAsync(app)); // the same occasion again plans nothing
        Assert.Equal(2, app.Connector.Sent.Count(c => (c.Shown ?? "").Contains("Påminnelse", StringComparison.Ordinal)));

        // The next reminder reuses the stored chats: no conversation is created twice.
        Assert.True(await RemindAsync(app, daysBefore: 1) >= 2);
        await RhythmKit.EventuallyAsync(() => app.Connector.Sent.Count(c => (c.Shown ?? "").Contains("Påminnelse", StringComparison.Ordinal)) == 4, "the second reminder");
        Assert.Equal(2, app.Connector.Calls.Count(c => c.Method == HttpMethod.Post && c.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reminder_AlsoGoesToTheTeamsLinkedChannel()
    {
        await using var app = new BotApplication(Provider, settings: Fast);
        await app.SayAsync("demo samordnare");
        await app.SendAsync(ChannelPost("koppla Vetlanda", "2001"));
        app.Connector.Clear();

        await RemindAsync(app);

        await RhythmKit.EventuallyAsync(() => app.Connector.Sent.Any(c => c.RawPath.Contains(Uri.EscapeDataString(TeamId), StringComparison.Ordinal)),
            "the reminder in Vetlanda's channel");
        var inChannel = app.Connector.Sent.Single(c => c.RawPath.Contains(Uri.EscapeDataString(TeamId), StringComparison.Ordinal));
        Assert.Contains("Vetlanda har inte rapporterat", inChannel.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FanOut_StoppedHalfwayAndRestarted_SendsEveryRecipientExactlyOnce()
    {
        var connector = new FakeConnector { ActivityDelay = TimeSpan.FromMilliseconds(15) };
        string folder;
        await using (var first = new BotApplication(Provider, settings: Fast, connector: connector))
        {
            folder = first.Folder;
            await first.SendAsync(InstallPersonal());
            first.AddMembers("vetlanda", 100, "v");
            first.AddMembers("mullsjo", 100, "m");
            connector.Clear();
            Assert.True(await RemindAsync(first) >= 200);
            await RhythmKit.EventuallyAsync(() => connector.Sent.Count >= 40, "the fan-out to be under way");
        }
        var sentBeforeRestart = connector.Sent.Count;
        Assert.InRange(sentBeforeRestart, 40, 199);

        await using var second = new BotApplication(Provider, folder, settings: Fast, connector: connector);
        _ = second.Server;
        await RhythmKit.EventuallyAsync(() => Delivered(connector).Count == 200, "all 200 recipients", 90);
        await Task.Delay(1500); // one more poll: nothing further may go out
        Assert.All(Delivered(connector), d => Assert.Equal(1, d.Value));
        var sent = second.WithDb(db => db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Sent).Select(m => m.Occasion + " " + m.Recipient).ToList());
        Assert.True(sent.Count == 200, string.Join(", ", sent.Where(x => !x.StartsWith("reminder:", StringComparison.Ordinal)).Take(20)) + " | " + sent.Count);
    }

    [Fact]
    public async Task Faults_429And503OnAFifthOfSends_AreRetried_AndEveryoneGetsOneMessage()
    {
        var refused = new ConcurrentDictionary<RecordedCall, bool>(ReferenceEqualityComparer.Instance);
        var counter = 0;
        var connector = new FakeConnector();
        connector.Respond = call =>
        {
            if (!call.IsActivityPost || Interlocked.Increment(ref counter) % 5 != 0) return null;
            refused[call] = true;
            if (counter % 2 == 0)
            {
                var throttled = FakeConnector.Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled"}}""");
                throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
                return throttled;
            }
            return FakeConnector.Json(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"ServiceUnavailable"}}""");
        };
        await using var app = new BotApplication(Provider, settings: Fast, connector: connector);
        await app.SendAsync(InstallPersonal());
        app.AddMembers("vetlanda", 40, "f");
        connector.Clear();

        await RemindAsync(app);

        await RhythmKit.EventuallyAsync(() => app.WithDb(db => db.OutboxMessages.Count(m => m.Status == OutboxStatus.Sent)) == 40, "40 delivered", 90);
        Assert.NotEmpty(refused);
        Assert.Equal(40, Delivered(connector, refused).Count);
        Assert.All(Delivered(connector, refused), d => Assert.Equal(1, d.Value));
    }

    [Fact]
    public async Task RecipientWhoRemovedTheBot_EndsAsRecipientGone_IsNotRetried_AndIsInTheDigest()
    {
        var connector = new FakeConnector();
        await using var app = new BotApplication(Provider, settings: Fast, connector: connector);
        await app.SendAsync(InstallPersonal());
        await app.SayAsync("demo samordnare");
        var gone = app.AddMembers("vetlanda", 1, "gone")[0];
        connector.Respond = call => call.IsActivityPost && (call.Shown ?? "").Contains("Påminnelse", StringComparison.Ordinal)
            ? FakeConnector.Json(HttpStatusCode.Forbidden, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""")
            : null;

        await RemindAsync(app);

        await RhythmKit.EventuallyAsync(() => app.WithDb(db => db.OutboxMessages.Any(m => m.Status == OutboxStatus.RecipientGone)), "recipient gone");
        await Task.Delay(1500);
        Assert.Equal(1, connector.Sent.Count(c => (c.Shown ?? "").Contains("Påminnelse", StringComparison.Ordinal)));
        connector.Respond = null;
        var before = app.Connector.Sent.Count;
        await app.SayAsync("digest");
        var digest = app.CardsSince(before).Single().Text();
        Assert.Contains("Når inte längre", digest, StringComparison.Ordinal);
        Assert.Contains("gone 0", digest, StringComparison.Ordinal);
        Assert.Equal($"person:{gone}", app.WithDb(db => db.OutboxMessages.Single(m => m.Status == OutboxStatus.RecipientGone).Recipient));
    }

    [Fact]
    public async Task ReminderJob_ThroughTheScheduler_PlansAndSends()
    {
        await using var app = new BotApplication(Provider, settings: Fast);
        await app.SendAsync(InstallPersonal());
        app.AddMembers("mullsjo", 2, "job");
        var meetingId = app.WithDb(db => db.Meetings.Single(m => m.Ordinal == 9).Id);
        var scheduler = await app.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(MeetingReminderJob.Key, new Quartz.JobDataMap { [MeetingReminderJob.MeetingId] = meetingId, [MeetingReminderJob.DaysBefore] = 1 });

        await RhythmKit.EventuallyAsync(() => app.WithDb(db => db.OutboxMessages.Count(m => m.Occasion == $"reminder:{meetingId}:1" && m.Status == OutboxStatus.Sent)) == 2,
            "the job's two reminders sent");
    }
}

public sealed class ReminderDeliveryTestsOnSqlite() : ReminderDeliveryTests(DatabaseProvider.Sqlite);

public sealed class ReminderDeliveryTestsOnPostgreSql() : ReminderDeliveryTests(DatabaseProvider.PostgreSql);
