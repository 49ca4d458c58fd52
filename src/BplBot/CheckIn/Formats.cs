using System.Globalization;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>Numbers and dates as a Swedish (or English) reader expects them.</summary>
public static class Formats
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(Language language) => language == Language.English ? English : Swedish;

    public static string Number(decimal value, Language language) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", Culture(language)).Replace('\u00A0', ' ');

    /// <summary>"92,5 %", "14", "35 minuter": counts are shown without a unit word.</summary>
    public static string Value(decimal value, string unit, Language language)
    {
        var number = Number(value, language);
        var u = unit.Trim();
        if (u == "%") return number + " %";
        if (IsCountUnit(u)) return number;
        return $"{number} {u}";
    }

    public static string Date(DateOnly date, Language language) =>
        date.ToString(language == Language.English ? "d MMMM yyyy" : "d MMMM yyyy", Culture(language));

    public static bool IsCountUnit(string unit) =>
        TextMatchUnits.Contains(unit.Trim().ToLowerInvariant());

    private static readonly HashSet<string> TextMatchUnits = ["antal", "st", "st.", "stycken", "count", "pcs"];
}
