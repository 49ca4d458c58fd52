using Microsoft.Extensions.Options;
using Quartz;

namespace BplBot.Reminders;

/// <summary>One meeting reminder: plans a message to everyone who should still report. Thin; the work is in <see cref="ReminderSender"/>.</summary>
public sealed class MeetingReminderJob(
    ReminderSender sender, IOptions<ReminderOptions> options, TimeProvider time, Jobs.JobFailures failures, ILogger<MeetingReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("meeting-reminder", ReminderScheduler.Group);
    public const string MeetingId = "meetingId";
    public const string DaysBefore = "daysBefore";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var meetingId = data.GetInt(MeetingId);
        var daysBefore = data.GetInt(DaysBefore);
        // A one-shot trigger's start time is the planned time; after a misfire (FireNow) its scheduled time is "now".
        var late = time.GetUtcNow() - context.Trigger.StartTimeUtc;
        if (late > options.Value.CatchUpWindow)
        {
            logger.LogWarning("Reminder for meeting {MeetingId} ({DaysBefore} days before) is {Late} late and is skipped", meetingId, daysBefore, late);
            return;
        }
        await failures.RunAsync(context, ct => sender.SendAsync(meetingId, daysBefore, ct), cancellationToken);
    }
}
