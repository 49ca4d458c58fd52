using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using BplBot.Text;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace BplBot.Charts;

/// <summary>A run chart's axes: month labels under the points, value ticks (whole numbers for counts), and the median and goal named at the right.</summary>
internal static class ChartAxes
{
    /// <summary>About how wide a month label and the gap after it are, in pixels.</summary>
    private const int MonthLabelWidth = 62;

    /// <summary>The room the title, the month labels and the legend take from the height, in pixels (for spacing the right-hand labels).</summary>
    private const int OutsideDataHeight = 80;

    private const int ReferenceLabelHeight = 13;

    /// <summary>The values, the median and the goal with a little air; never below zero for values that are not.</summary>
    public static (double Bottom, double Top) ValueRange(ChartRequest request)
    {
        var values = request.Analysis.Points.Select(p => (double)p.Value).ToList();
        if (request.Analysis.Median is { } median) values.Add((double)median);
        if (request.Goal is { } goal) values.Add((double)goal);
        if (values.Count == 0) return (0, 1);
        double min = values.Min(), max = values.Max();
        var pad = max > min ? (max - min) * 0.12 : Math.Max(Math.Abs(max) * 0.1, 1);
        var bottom = min - pad;
        if (min >= 0 && bottom < 0) bottom = 0;
        return (bottom, max + pad);
    }

    /// <summary>One label per month at its first point ("jan 2026"), every second or third month when they would crowd.</summary>
    public static ITickGenerator MonthTicks(IReadOnlyList<RunChartPoint> points, Language l, int width)
    {
        var ticks = new NumericManual();
        var firsts = Enumerable.Range(0, points.Count)
            .Where(i => i == 0 || (points[i].Date.Year, points[i].Date.Month) != (points[i - 1].Date.Year, points[i - 1].Date.Month)).ToList();
        var room = Math.Max(2, (width - 90) / MonthLabelWidth);
        var step = (int)Math.Ceiling(firsts.Count / (double)room);
        for (var j = 0; j < firsts.Count; j++)
            if (j % step == 0) ticks.AddMajor(firsts[j], Months.Abbreviated(points[firsts[j]].Date, l));
        if (points.Count <= 40)
            for (var i = 0; i < points.Count; i++) ticks.AddMinor(i);
        return ticks;
    }

    /// <summary>Numbers as the reader writes them (<c>43,5</c>, <c>7 400</c>); a count's axis has whole numbers only.</summary>
    public static ITickGenerator ValueTicks(ChartRequest request) => new NumericAutomatic
    {
        IntegerTicksOnly = request.IsCount,
        TargetTickCount = 5,
        LabelFormatter = v => Formats.Number((decimal)Math.Round(v, 6), request.Language),
    };

    /// <summary>"median 13" and "mål 20" beside their lines, moved apart when they would overlap.</summary>
    public static ITickGenerator ReferenceTicks(ChartRequest request, double bottom, double top, int height)
    {
        var l = request.Language;
        var labels = new List<(double At, string Text)>();
        if (request.Analysis.Median is { } median) labels.Add(((double)median, $"median {Number(median, request)}"));
        if (request.Goal is { } goal) labels.Add(((double)goal, $"{l.Pick("mål", "goal")} {Number(goal, request)}"));
        if (labels.Count == 2)
        {
            var gap = ReferenceLabelHeight * (top - bottom) / Math.Max(height - OutsideDataHeight, 40);
            if (Math.Abs(labels[0].At - labels[1].At) < gap)
            {
                var middle = (labels[0].At + labels[1].At) / 2;
                var medianIsLower = labels[0].At < labels[1].At || (labels[0].At == labels[1].At && request.Goal > request.Analysis.Median);
                labels[0] = (middle + (medianIsLower ? -gap : gap) / 2, labels[0].Text);
                labels[1] = (middle + (medianIsLower ? gap : -gap) / 2, labels[1].Text);
            }
        }
        var ticks = new NumericManual();
        foreach (var (at, text) in labels) ticks.AddMajor(Math.Clamp(at, bottom, top), text);
        return ticks;
    }

    private static string Number(decimal value, ChartRequest request) =>
        Formats.Number(Math.Round(value, 1), request.Language) + (request.IsPercent ? " %" : string.Empty);
}
