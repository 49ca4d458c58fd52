using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;

namespace BplBot.Domain.CheckIn;

/// <summary>
/// The stretch of time a check-in counts for: from the start of the previous meeting up to the start of the next one.
/// With no meeting planned, an open period after the last meeting.
/// </summary>
public sealed record ReportPeriod(int? MeetingId, int? MeetingOrdinal, DateTimeOffset? StartsAfter, DateTimeOffset? EndsAt)
{
    public static ReportPeriod Current(IEnumerable<Meeting> meetings, DateTimeOffset now) => For(meetings, now);

    public static ReportPeriod For(IEnumerable<Meeting> meetings, DateTimeOffset instant)
    {
        var held = meetings.Where(m => !m.IsCancelled).OrderBy(m => m.StartsAt).ToList();
        var next = held.FirstOrDefault(m => m.StartsAt > instant);
        var previous = held.LastOrDefault(m => m.StartsAt <= instant);
        return new ReportPeriod(next?.Id, next?.Ordinal, previous?.StartsAt, next?.StartsAt);
    }

    public bool IsOpen => EndsAt is null;

    public bool Contains(DateTimeOffset instant) =>
        (StartsAfter is null || instant >= StartsAfter) && (EndsAt is null || instant < EndsAt);

    public string Describe(Language language)
    {
        if (EndsAt is not { } end)
            return language.Pick("perioden efter den senaste träffen (ingen ny träff är planerad än)",
                "the period after the latest meeting (no new meeting is planned yet)");
        var date = Stockholm.Today(end);
        var culture = language.Culture();
        var day = date.ToString("d MMMM yyyy", culture);
        return language.Pick($"perioden fram till träff {MeetingOrdinal} den {day}", $"the period up to meeting {MeetingOrdinal} on {day}");
    }
}
