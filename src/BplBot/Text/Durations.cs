using BplBot.Domain.Text;

namespace BplBot.Text;

/// <summary>"1 timme", "30 minuter", "7 dagar": how long a link works, in the reader's words.</summary>
public static class Durations
{
    public static string Describe(TimeSpan span, Language l)
    {
        if (span >= TimeSpan.FromDays(1) && span.TotalDays == Math.Floor(span.TotalDays))
            return Count((int)span.TotalDays, l, ("dag", "dagar"), ("day", "days"));
        if (span >= TimeSpan.FromHours(1) && span.TotalHours == Math.Floor(span.TotalHours))
            return Count((int)span.TotalHours, l, ("timme", "timmar"), ("hour", "hours"));
        return Count((int)Math.Ceiling(span.TotalMinutes), l, ("minut", "minuter"), ("minute", "minutes"));
    }

    private static string Count(int n, Language l, (string One, string Many) sv, (string One, string Many) en) =>
        $"{n} {(n == 1 ? l.Pick(sv.One, en.One) : l.Pick(sv.Many, en.Many))}";
}
