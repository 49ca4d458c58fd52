using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Domain.Time;
using BplBot.Outbox;
using BplBot.Reminders;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Meetings;

/// <summary>
/// A reminder due while the bot was down goes out once when it is back (inside the window), never twice, and not at
/// all when it is later than the window. Quartz runs on the app's clock, so the "downtime" is a fake clock's jump.
/// </summary>
public abstract class MissedReminderTests(DatabaseProvider provider) : ProviderTests(provider)
{
    // Wednesday 10 February 2027: a same-day reminder at 08:30 Stockholm (07:30 UTC).
    private static readonly DateTimeOffset DueAt = Stockholm.ToInstant(new DateOnly(2027, 2, 10), new TimeOnly(8, 30));

    private static Dictionary<string, string?> Settings(string window) => new()
    {
        ["Reminders:DaysBefore:0"] = "0", ["Reminders:At"] = "08:30:00", ["Reminders:CatchUpWindow"] = window, ["Outbox:PollInterval"] = "00:00:01",
    };

    private static readonly DateTimeOffset MeetingStart = Stockholm.ToInstant(new DateOnly(2027, 2, 10), new TimeOnly(10, 0));

    /// <summary>Back 5 (then 6) minutes late: the start-up sync plans the reminder again (inside the window) or not (outside).</summary>
    [Theory]
    [InlineData("00:10:00", 1)]
    [InlineData("00:01:00", 0)]
    public async Task MissedWhileDown_FiresOnceWithinTheWindow_AndNotAfterIt(string window, int expected)
    {
        var connector = new FakeConnector();
        string folder;
        int meetingId;
        await using (var first = new BotApplication(Provider, settings: Settings(window), connector: connector, time: new FakeTimeProvider(DueAt.AddHours(-1))))
        {
            folder = first.Folder;
            await first.SendAsync(InstallPersonal());
            first.AddMembers("vetlanda", 1, "missed");
            meetingId = await first.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<BplDbContext>();
                var meeting = db.Meetings.Add(new Meeting(50, MeetingStart, MeetingStart.AddHours(2), "Jönköping", "")).Entity;
                await db.SaveChangesAsync();
                await sp.GetRequiredService<ReminderScheduler>().SyncAsync(meeting, CancellationToken.None);
                return meeting.Id;
            });
            Assert.Equal([DueAt], await first.InScopeAsync(sp => sp.GetRequiredService<ReminderScheduler>().FireTimesAsync(meetingId, CancellationToken.None)));
        }

        // Back five minutes after the reminder was due, then once more a minute later: at most one message ever.
        foreach (var late in new[] { 5, 6 })
        {
            var clock = new FakeTimeProvider(DueAt.AddMinutes(late));
            await using var again = new BotApplication(Provider, folder, settings: Settings(window), connector: connector, time: clock);
            _ = again.Server;
            // The first return waits for the reminder (or 3 s when none is due); the second gives a repeat 3 s to show.
            var deadline = DateTime.UtcNow.AddSeconds(late == 5 && expected == 1 ? 30 : 3);
            while (DateTime.UtcNow < deadline && !(late == 5 && expected == 1 && Reminders(connector) == 1))
            {
                clock.Advance(TimeSpan.FromMilliseconds(100)); // a fake clock stands still; let a sleeping scheduler wake
                await Task.Delay(50);
            }
        }

        await using var check = new BotApplication(Provider, folder, settings: Settings(window), connector: connector, time: new FakeTimeProvider(DueAt.AddMinutes(7)));
        var sent = check.WithDb(db => db.OutboxMessages.AsNoTracking().Count(m => m.Occasion == $"reminder:{meetingId}:0" && m.Status == OutboxStatus.Sent));
        Assert.Equal(expected, sent);
        Assert.Equal(expected, Reminders(connector));
    }

    /// <summary>
    /// A trigger that misfired while the bot was down fires with "now" as its scheduled time (FireNow), so the job
    /// must judge lateness by the trigger's start time, which Quartz leaves at the planned time.
    /// </summary>
    [Theory]
    [InlineData("00:10:00", 0)] // 15 minutes late: dropped
    [InlineData("01:00:00", 1)] // inside the window: sent
    public async Task MisfiredTrigger_IsJudgedByItsPlannedTime_NotByWhenItFinallyFires(string window, int expected)
    {
        var now = DueAt.AddMinutes(15);
        await using var app = new BotApplication(Provider, settings: Settings(window), time: new FakeTimeProvider(now));
        await app.SendAsync(InstallPersonal());
        app.AddMembers("vetlanda", 1, "misfire");
        var meetingId = app.WithDb(db =>
        {
            var meeting = db.Meetings.Add(new Meeting(50, MeetingStart, MeetingStart.AddHours(2), "Jönköping", "")).Entity;
            db.SaveChanges();
            return meeting.Id;
        });
        // The trigger as the scheduler planned it, then as Quartz's own misfire handling leaves it.
        var trigger = (Quartz.Impl.Triggers.SimpleTriggerImpl)Quartz.TriggerBuilder.Create().StartAt(DueAt)
            .UsingJobData(MeetingReminderJob.MeetingId, meetingId).UsingJobData(MeetingReminderJob.DaysBefore, 0)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(Quartz.SimpleTriggerMisfireInstruction.FireNow)).Build();
        trigger.ComputeFirstFireTimeUtc(null);
        trigger.UpdateAfterMisfire(null);
        Assert.NotEqual(DueAt, trigger.NextFireTimeUtc);
        await app.InScopeAsync(async sp =>
        {
            var job = ActivatorUtilities.CreateInstance<MeetingReminderJob>(sp);
            await job.Execute(new MisfiredContext(trigger), CancellationToken.None);
            return 0;
        });

        // The demo network's own members are planned too: count only whether anything was planned at all.
        var planned = app.WithDb(db => db.OutboxMessages.Count(m => m.Occasion == $"reminder:{meetingId}:0"));
        Assert.Equal(expected, Math.Min(planned, 1));
    }

    private static int Reminders(FakeConnector connector) => connector.Sent.Count(c => (c.Shown ?? "").Contains("träff 50", StringComparison.Ordinal));
}

/// <summary>What Quartz hands a job whose trigger misfired and fired now (FireNow): its scheduled time is "now".</summary>
internal sealed class MisfiredContext(Quartz.ITrigger trigger) : Quartz.IJobExecutionContext
{
    public Quartz.JobDataMap MergedJobDataMap => trigger.JobDataMap;
    public DateTimeOffset? ScheduledFireTimeUtc => trigger.NextFireTimeUtc;
    public DateTimeOffset FireTimeUtc => trigger.NextFireTimeUtc!.Value;
    public CancellationToken CancellationToken => CancellationToken.None;
    public string FireInstanceId => "misfired";
    public bool Recovering => false;
    public int RefireCount => 0;
    public object? Result { get; set; }
    public TimeSpan JobRunTime => TimeSpan.Zero;
    public DateTimeOffset? NextFireTimeUtc => null;
    public DateTimeOffset? PreviousFireTimeUtc => null;
    public Quartz.IScheduler Scheduler => throw new NotSupportedException();
    public Quartz.ITrigger Trigger => trigger;
    public Quartz.ICalendar? Calendar => null;
    public Quartz.IJobDetail JobDetail => throw new NotSupportedException();
    public Quartz.IJob JobInstance => throw new NotSupportedException();
    public Quartz.TriggerKey RecoveringTriggerKey => throw new NotSupportedException();
    public int RetryAttempt => 0;
}

public sealed class MissedReminderTestsOnSqlite() : MissedReminderTests(DatabaseProvider.Sqlite);

public sealed class MissedReminderTestsOnPostgreSql() : MissedReminderTests(DatabaseProvider.PostgreSql);
