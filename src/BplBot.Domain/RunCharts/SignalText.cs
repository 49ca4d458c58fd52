using BplBot.Domain.Measures;
using BplBot.Domain.Text;

namespace BplBot.Domain.RunCharts;

/// <summary>Each signal in plain Swedish (or English): which rule fired, where, and whether it is the good direction.</summary>
public static class SignalText
{
    /// <param name="unit">The measure's unit: a percentage's point is written "42,1 %", as everywhere else.</param>
    public static string Describe(Signal signal, RunChartAnalysis analysis, Language l, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(analysis);
        var count = signal.Count;
        var span = Span(analysis, signal, l);
        var verdict = signal.IsGood switch
        {
            true => l.Pick(" – åt det håll ni vill.", " – in the direction you want."),
            false => l.Pick(" – åt fel håll.", " – in the wrong direction."),
            null => ".",
        };
        return signal.Kind switch
        {
            SignalKind.Shift => l.Pick($"Skift: {count} punkter i rad {Side(signal, l)} medianen ({span})", $"Shift: {count} points in a row {Side(signal, l)} the median ({span})") + verdict,
            SignalKind.LongestRun => l.Pick($"Lång serie: {count} punkter i rad {Side(signal, l)} medianen ({span})", $"Long run: {count} points in a row {Side(signal, l)} the median ({span})") + verdict,
            SignalKind.Trend => l.Pick($"Trend: {count} punkter i rad {(signal.Direction > 0 ? "uppåt" : "nedåt")} ({span})", $"Trend: {count} points in a row going {(signal.Direction > 0 ? "up" : "down")} ({span})") + verdict,
            SignalKind.Astronomical => l.Pick($"Avvikande punkt: {Value(analysis.Points[signal.From].Value, l, unit)} ({span}) skiljer sig tydligt från de andra", $"Astronomical point: {Value(analysis.Points[signal.From].Value, l, unit)} ({span}) is plainly unlike the rest") + verdict,
            SignalKind.TooFewRuns => l.Pick(
                $"För få serier: {analysis.Runs} serier där slumpen ger minst {analysis.RunsLimits?.Lower} – ett tecken på verklig förändring.",
                $"Too few runs: {analysis.Runs} where chance gives at least {analysis.RunsLimits?.Lower} – a sign of real change."),
            SignalKind.TooManyRuns => l.Pick(
                $"För många serier: {analysis.Runs} där slumpen ger högst {analysis.RunsLimits?.Upper} – värdena växlar mer än slumpen (blandade data eller mätsätt?).",
                $"Too many runs: {analysis.Runs} where chance gives at most {analysis.RunsLimits?.Upper} – the values alternate more than chance (mixed data or methods?)."),
            SignalKind.FewCrossings => l.Pick(
                $"För få korsningar av medianen ({analysis.Runs - 1}) – ett tecken på verklig förändring.",
                $"Too few median crossings ({analysis.Runs - 1}) – a sign of real change."),
            _ => string.Empty,
        };
    }

    /// <summary>One line when there is nothing to report, or too few points to say anything.</summary>
    public static string None(RunChartAnalysis analysis, Language l) => analysis.HasEnoughPoints
        ? l.Pick("Inga signaler: variationen ser slumpmässig ut.", "No signals: the variation looks random.")
        : l.Pick($"För få punkter ({analysis.Points.Count}) för att läsa signaler – minst {RunChartOptions.MinimumPoints} behövs.",
            $"Too few points ({analysis.Points.Count}) to read signals – at least {RunChartOptions.MinimumPoints} are needed.");

    private static string Side(Signal s, Language l) => s.Direction > 0 ? l.Pick("över", "above") : l.Pick("under", "below");

    private static string Span(RunChartAnalysis a, Signal s, Language l)
    {
        var from = Months.Abbreviated(a.Points[s.From].Date, l);
        var to = Months.Abbreviated(a.Points[s.To].Date, l);
        return from == to ? from : $"{from}–{to}";
    }

    private static string Value(decimal v, Language l, string? unit) =>
        v.ToString("0.##", l.Culture()) + (MeasureUnits.IsPercent(unit) ? " %" : string.Empty);
}
