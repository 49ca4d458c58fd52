using BplBot.Domain.Network;
using BplBot.Domain.Time;

namespace BplBot.Domain.Meetings;

/// <summary>One reminder of a meeting: how many days before it was meant to go, and the instant it goes.</summary>
public sealed record PlannedReminder(int MeetingId, int DaysBefore, DateOnly Day, DateTimeOffset At)
{
    /// <summary>The outbox occasion: one per meeting and offset, so a rerun never sends twice.</summary>
    public string Occasion => $"reminder:{MeetingId}:{DaysBefore}";
}

/// <summary>
/// When a meeting's reminders go: at the configured offsets before the meeting's day, at the configured local time
/// (Europe/Stockholm), moved back to the previous working day when that day is a weekend or a public holiday.
/// Reminders that would fall on or after the meeting's own start are dropped.
/// </summary>
public static class ReminderPlan
{
    public static IReadOnlyList<PlannedReminder> For(Meeting meeting, IEnumerable<int> daysBefore, TimeOnly at)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.IsCancelled) return [];
        var meetingDay = Stockholm.Today(meeting.StartsAt);
        return daysBefore.Distinct().OrderByDescending(d => d)
            .Select(days =>
            {
                var day = SwedishHolidays.OnOrBeforeWorkingDay(meetingDay.AddDays(-days));
                return new PlannedReminder(meeting.Id, days, day, Stockholm.ToInstant(day, at));
            })
            .Where(r => r.At < meeting.StartsAt)
            // Two offsets moved back onto the same working day make one reminder, not two.
            .DistinctBy(r => r.Day)
            .ToList();
    }
}
