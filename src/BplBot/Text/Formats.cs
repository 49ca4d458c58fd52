using System.Globalization;
using BplBot.Domain.Measures;
using BplBot.Domain.Text;

namespace BplBot.Text;

/// <summary>Numbers and dates as a Swedish (or English) reader expects them.</summary>
public static class Formats
{
    public static CultureInfo Culture(Language language) => language.Culture();

    public static string Number(decimal value, Language language) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", Culture(language)).Replace('\u00A0', ' ');

    /// <summary>
    /// "92,5 %", "22 hembesök", "14", "35 minuter": a count takes the noun of what it counts (Swedish only), never the
    /// word "antal"; without a noun it is the bare number.
    /// </summary>
    public static string Value(decimal value, string unit, Language language, string? countNoun = null)
    {
        var number = Number(value, language);
        if (MeasureUnits.IsPercent(unit)) return number + " %";
        if (MeasureUnits.IsCount(unit))
            return language == Language.Swedish && !string.IsNullOrWhiteSpace(countNoun) ? $"{number} {countNoun.Trim()}" : number;
        return $"{number} {unit.Trim()}";
    }

    /// <summary>"09.00" in Swedish (one of the two forms the network writes), "09:00" in English.</summary>
    public static string Time(TimeOnly time, Language language) => time.ToString(language == Language.Swedish ? "HH'.'mm" : "HH':'mm", Culture(language));

    public static string Time(DateTime time, Language language) => Time(TimeOnly.FromDateTime(time), language);

    public static string Date(DateOnly date, Language language) =>
        date.ToString("d MMMM yyyy", Culture(language));

    public static bool IsCountUnit(string unit) => MeasureUnits.IsCount(unit);
}
