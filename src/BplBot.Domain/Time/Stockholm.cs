namespace BplBot.Domain.Time;

/// <summary>The network lives in Europe/Stockholm: meeting times are written in local time and stored in UTC.</summary>
public static class Stockholm
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The instant of a Stockholm wall-clock time. A time skipped by the spring change moves forward an hour.</summary>
    public static DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        var offset = Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time) => ToInstant(date.ToDateTime(time));

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now));
}
