using System.Globalization;
using System.Text.RegularExpressions;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Text;

namespace BplBot.Domain.Meetings;

/// <summary>A meeting as a coordinator writes it: <c>2027-01-19 09:00-12:00 Jönköping tema: Mätningar</c>.</summary>
public sealed record MeetingInput(DateOnly Date, TimeOnly Start, TimeOnly? End, string Place, string Theme);

/// <summary>Reads the date, times, place and theme of <c>ny träff</c> and <c>flytta träff</c>.</summary>
public static partial class MeetingText
{
    public const int PlaceMaxLength = 100, ThemeMaxLength = 200;

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})\s+(?<start>[0-9]{1,2}[:.][0-9]{2})(?:\s*[-–]\s*(?<end>[0-9]{1,2}[:.][0-9]{2}))?(?<rest>.*)$",
        RegexOptions.CultureInvariant, InputLimits.RegexTimeoutMilliseconds)]
    private static partial Regex Shape();

    [GeneratedRegex(@"\b(?:tema|theme)\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, InputLimits.RegexTimeoutMilliseconds)]
    private static partial Regex ThemeMark();

    /// <summary>The meeting, or null with <paramref name="problem"/> saying (in Swedish and English) what is wrong.</summary>
    public static MeetingInput? Parse(string? text, out (string Swedish, string English)? problem)
    {
        try
        {
            return ParseShape(text, out problem);
        }
        catch (RegexMatchTimeoutException)
        {
            problem = Shapeless;
            return null;
        }
    }

    private static readonly (string Swedish, string English) Shapeless =
        ("Skriv datum och tid så här: **2027-01-19 09:00-12:00 Jönköping tema: Mätningar**.",
         "Write the date and time like this: **2027-01-19 09:00-12:00 Jönköping theme: Measurement**.");

    private static MeetingInput? ParseShape(string? text, out (string Swedish, string English)? problem)
    {
        problem = null;
        var m = Shape().Match((text ?? string.Empty).Trim());
        if (!m.Success)
        {
            problem = Shapeless;
            return null;
        }
        if (!DateOnly.TryParseExact(m.Groups["date"].Value, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problem = ($"{m.Groups["date"].Value} är inget giltigt datum.", $"{m.Groups["date"].Value} is not a valid date.");
            return null;
        }
        if (Time(m.Groups["start"].Value) is not { } start || (m.Groups["end"].Success && Time(m.Groups["end"].Value) is null))
        {
            problem = ("Tiden ska skrivas som 09:00.", "Write the time as 09:00.");
            return null;
        }
        TimeOnly? end = m.Groups["end"].Success ? Time(m.Groups["end"].Value) : null;
        if (end is { } e && e <= start)
        {
            problem = ("Träffen måste sluta efter att den börjar.", "The meeting must end after it starts.");
            return null;
        }
        var rest = m.Groups["rest"].Value.Trim();
        var parts = ThemeMark().Split(rest, 2);
        var place = parts[0].Trim().TrimEnd(',');
        var theme = parts.Length > 1 ? parts[1].Trim() : string.Empty;
        // Place and theme are stored and shown to everyone: the same rules as every other free text.
        foreach (var (part, max) in new[] { (place, PlaceMaxLength), (theme, ThemeMaxLength) })
        {
            var check = FreeText.Check(part, max);
            if (check is not (FreeTextCheck.ContainsIdentityNumber or FreeTextCheck.TooLong)) continue;
            problem = (FreeText.Describe(check, Language.Swedish), FreeText.Describe(check, Language.English));
            return null;
        }
        return new MeetingInput(date, start, end, place, theme);
    }

    private static TimeOnly? Time(string text) =>
        TimeOnly.TryParseExact(text.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
