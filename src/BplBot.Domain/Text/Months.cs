namespace BplBot.Domain.Text;

/// <summary>
/// Month names as the bot writes them. The culture's own abbreviations do not do for Swedish (ICU writes "dec." and
/// "juni"); a chart axis reads <c>jan 2026</c> (English <c>Jan 2026</c>).
/// </summary>
public static class Months
{
    private static readonly string[] SwedishShort = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    private static readonly string[] EnglishShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"jan 2026", "Jan 2026": a chart's axis and a signal's span.</summary>
    public static string Abbreviated(DateOnly date, Language language) =>
        $"{(language == Language.English ? EnglishShort : SwedishShort)[date.Month - 1]} {date.Year}";

    /// <summary>"juni", "June"; with the year ("juni 2025") unless it is the year of <paramref name="relativeTo"/>.</summary>
    public static string Name(DateOnly date, Language language, DateOnly? relativeTo = null)
    {
        var name = date.ToString("MMMM", language.Culture());
        return relativeTo is { } other && other.Year == date.Year ? name : $"{name} {date.Year}";
    }

    /// <summary>"juni–oktober 2026", "november 2025–mars 2026", "mars 2026" (one month).</summary>
    public static string Span(DateOnly from, DateOnly to, Language language)
    {
        if (from.Year == to.Year && from.Month == to.Month) return Name(to, language);
        return from.Year == to.Year
            ? $"{from.ToString("MMMM", language.Culture())}–{Name(to, language)}"
            : $"{Name(from, language)}–{Name(to, language)}";
    }
}
