using BplBot.Domain.Meetings;
using BplBot.Domain.Network;
using Microsoft.Extensions.Options;
using Quartz;

namespace BplBot.Reminders;

/// <summary>
/// Keeps each meeting's triggers in Quartz's persistent store in step with the meeting — its reminders before it and
/// its newsletter draft after it: created with it, moved with it, removed when it is cancelled. Idempotent: syncing
/// twice leaves the same triggers.
/// </summary>
public sealed class ReminderScheduler(
    ISchedulerFactory schedulers, IOptions<ReminderOptions> options, IOptions<Newsletter.NewsletterOptions> newsletter, TimeProvider time)
{
    public const string Group = "reminders";

    public async Task SyncAsync(Meeting meeting, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(GroupOf(meeting.Id)), ct);
        var earliest = time.GetUtcNow() - options.Value.CatchUpWindow;
        foreach (var reminder in ReminderPlan.For(meeting, options.Value.Days(), options.Value.At).Where(r => r.At > earliest))
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity(Key(meeting.Id, reminder.DaysBefore))
                .ForJob(MeetingReminderJob.Key)
                .UsingJobData(MeetingReminderJob.MeetingId, meeting.Id)
                .UsingJobData(MeetingReminderJob.DaysBefore, reminder.DaysBefore)
                .StartAt(reminder.At)
                // Missed while the bot was down: fire once when it is back; the job drops it if it is too late.
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, ct);
        }
        // After the meeting its newsletter draft is built; it moves and goes with the meeting like the reminders.
        var draftAt = meeting.EndsAt + newsletter.Value.BuildAfterMeeting;
        if (!meeting.IsCancelled && draftAt > earliest)
            await scheduler.ScheduleTrigger(TriggerBuilder.Create()
                .WithIdentity(NewsletterKey(meeting.Id))
                .ForJob(Newsletter.NewsletterJob.Key)
                .UsingJobData(Newsletter.NewsletterJob.MeetingId, meeting.Id)
                .StartAt(draftAt)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build(), TriggerConflict.Replace, ct);
    }

    /// <summary>When the meeting's newsletter draft will be built, if it is still to come.</summary>
    public async Task<DateTimeOffset?> NewsletterTimeAsync(int meetingId, CancellationToken ct) =>
        (await (await schedulers.GetScheduler(ct)).GetTrigger(NewsletterKey(meetingId), ct))?.NextFireTimeUtc;

    public static TriggerKey NewsletterKey(int meetingId) => new("newsletter", GroupOf(meetingId));

    /// <summary>When the meeting's reminders will fire, in order.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> FireTimesAsync(int meetingId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var times = new List<DateTimeOffset>();
        foreach (var days in options.Value.Days())
            if (await scheduler.GetTrigger(Key(meetingId, days), ct) is { NextFireTimeUtc: { } next }) times.Add(next);
        return times.Order().ToList();
    }

    /// <summary>Each meeting's reminders are a trigger group of their own, so moving it replaces exactly them.</summary>
    public static string GroupOf(int meetingId) => $"{Group}-meeting-{meetingId}";

    public static TriggerKey Key(int meetingId, int daysBefore) => new($"{daysBefore}-days-before", GroupOf(meetingId));
}
