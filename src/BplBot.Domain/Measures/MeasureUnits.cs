namespace BplBot.Domain.Measures;

/// <summary>
/// The one vocabulary for a measure's unit: a share in percent, a count of things, or another unit as written
/// (<c>minuter</c>). A count may carry the noun the network uses for what it counts (<c>hembesök</c>), so that it reads
/// "22 hembesök", never "22 antal".
/// </summary>
public static class MeasureUnits
{
    public const string Percent = "%";
    public const string Count = "antal";

    private static readonly HashSet<string> PercentWords = ["%", "procent", "percent", "pct", "andel"];
    private static readonly HashSet<string> CountWords = ["antal", "st", "st.", "stycken", "styck", "pcs", "count", "items", "number"];

    public static bool IsPercent(string? unit) => unit is not null && PercentWords.Contains(unit.Trim().ToLowerInvariant());

    public static bool IsCount(string? unit) => unit is not null && CountWords.Contains(unit.Trim().ToLowerInvariant());

    /// <summary>How a unit someone wrote is stored: <c>%</c> for a share, <c>antal</c> for a count, else as written.</summary>
    public static string Canonical(string unit) => IsPercent(unit) ? Percent : IsCount(unit) ? Count : unit.Trim();
}
