using System.Globalization;

namespace BplBot.Domain.Measures;

/// <summary>
/// The rules for a new value of a measure: it must parse, fit the unit (a percentage is 0–100, a count a non-negative
/// whole number) and, when the measure has history, not be wildly unlike it without the member confirming.
/// </summary>
public static class MeasureRules
{
    /// <summary>Fewer earlier points than this say too little about what is normal.</summary>
    public const int MinimumHistory = 4;

    /// <summary>
    /// No count, share or duration in this network comes near a trillion; beyond it the comparisons with history
    /// (median, ranges, ×100) could overflow decimal (F9), so a larger value is refused with a message.
    /// </summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    public static bool IsWithinBounds(decimal value) => Math.Abs(value) <= MaxMagnitude;

    public static MeasureCheck Check(MeasureDefinition measure, string? text, IReadOnlyList<decimal> history)
    {
        ArgumentNullException.ThrowIfNull(measure);
        history ??= [];
        var value = Read(measure, text, out var problem);
        if (problem is not null) return problem;
        var bounds = Bounds(measure, value!.Value);
        if (bounds is not null) return bounds;
        return Far(value.Value, history) is { } far ? far : new MeasureCheck.Ok(value.Value);
    }

    private static decimal? Read(MeasureDefinition measure, string? text, out MeasureCheck.Problem? problem)
    {
        problem = null;
        if (measure.IsPercentage && NumberParser.ParseRatio(text) is { } ratio)
        {
            if (ratio.Denominator <= 0 || ratio.Numerator > ratio.Denominator
                || ratio.Numerator != decimal.Truncate(ratio.Numerator) || ratio.Denominator != decimal.Truncate(ratio.Denominator))
            {
                problem = new("Täljaren och nämnaren ska vara hela tal, och täljaren får inte vara större än nämnaren (t.ex. 45/50).",
                    "The numerator and denominator must be whole numbers, and the numerator can't be larger (e.g. 45/50).");
                return null;
            }
            return Math.Round(ratio.Numerator / ratio.Denominator * 100, 1);
        }
        var parsed = NumberParser.Parse(text);
        if (parsed is null)
        {
            problem = Example(measure, "Jag kunde inte läsa det som ett tal.", "I couldn't read that as a number.");
            return null;
        }
        if (parsed.Unit is { } unit)
        {
            var expected = measure.IsPercentage ? "%" : measure.IsCount ? "st" : NumberParser.NormalizeUnit(measure.Unit);
            if (unit != expected && !(unit == "st" && !measure.IsPercentage))
            {
                problem = measure.IsCount
                    ? new($"{HowMany(measure)}, inte {unit}.", $"Write how many there were, as a whole number, not {unit}.")
                    : new($"Måttet räknas i {UnitName(measure, sv: true)}, inte {unit}.", $"The measure is in {UnitName(measure, sv: false)}, not {unit}.");
                return null;
            }
        }
        return parsed.Value;
    }

    private static MeasureCheck.Problem? Bounds(MeasureDefinition measure, decimal value)
    {
        if (!IsWithinBounds(value))
            return Example(measure, "Talet är för stort för ett mått.", "That number is too large for a measure.");
        if (measure.IsPercentage && value is < 0 or > 100)
            return Example(measure, "En andel i procent ska vara mellan 0 och 100.", "A percentage must be between 0 and 100.");
        if (measure.IsCount && (value < 0 || value != decimal.Truncate(value)))
            return Example(measure, "Det ska vara ett helt tal, 0 eller mer.", "A count must be a whole number, 0 or more.");
        if (value < 0)
            return Example(measure, "Värdet kan inte vara negativt.", "The value can't be negative.");
        return null;
    }

    private static MeasureCheck.FarFromHistory? Far(decimal value, IReadOnlyList<decimal> history)
    {
        // Points stored before the bound existed may be beyond it; they say nothing about what is normal anyway.
        history = history.Where(IsWithinBounds).ToList();
        if (history.Count < MinimumHistory) return null;
        var min = history.Min();
        var max = history.Max();
        var sorted = history.Order().ToList();
        var median = sorted[sorted.Count / 2];
        var range = Math.Max(max - min, Math.Max(Math.Abs(median) * 0.1m, 1m));
        if (value >= min - 3 * range && value <= max + 3 * range) return null;
        decimal? suggestion = null;
        foreach (var candidate in new[] { value / 10, value / 100, value * 10, value * 100 })
        {
            if (candidate >= min - range && candidate <= max + range)
            {
                suggestion = candidate;
                break;
            }
        }
        return new MeasureCheck.FarFromHistory(value, suggestion);
    }

    private static MeasureCheck.Problem Example(MeasureDefinition measure, string sv, string en) => measure.IsPercentage
        ? new($"{sv} Skriv ett tal mellan 0 och 100, till exempel 92,5.", $"{en} Write a number between 0 and 100, for example 92.5.")
        : measure.IsCount
            ? new($"{sv} {HowMany(measure)}, till exempel 14.", $"{en} Write a whole number, for example 14.")
            : new($"{sv} Skriv ett tal, till exempel 12,5.", $"{en} Write a number, for example 12.5.");

    /// <summary>A count is asked for by its own noun, never as "antal" (swedish.md).</summary>
    private static string HowMany(MeasureDefinition measure) =>
        measure.CountNoun is { } noun ? $"Skriv hur många {noun} det blev" : "Skriv ett helt tal";

    private static string UnitName(MeasureDefinition measure, bool sv) =>
        measure.IsPercentage ? (sv ? "procent" : "percent") : measure.Unit.ToString(CultureInfo.InvariantCulture);
}
