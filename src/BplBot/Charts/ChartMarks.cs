using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using ScottPlot;

namespace BplBot.Charts;

/// <summary>
/// Marks the points that belong to a signal, each kind by shape and colour (never colour alone): a square for a shift,
/// a triangle pointing the trend's way, a diamond for an astronomical point. A point in two signals shows the rarer
/// one. Only the signal the headline is about and those reaching into it are marked
/// (<see cref="MeasureHeadline.SignalsToMark"/>).
/// </summary>
internal static class ChartMarks
{
    private sealed record Mark(string Swedish, string English, MarkerShape Shape, Color Color, float Size);

    private static readonly Mark Shift = new("Skift", "Shift", MarkerShape.FilledSquare, Color.FromHex("#d35400"), 9);
    private static readonly Mark LongRun = new("Lång serie", "Long run", MarkerShape.FilledSquare, Color.FromHex("#d35400"), 9);
    private static readonly Mark TrendUp = new("Trend", "Trend", MarkerShape.FilledTriangleUp, Color.FromHex("#7d3c98"), 11);
    private static readonly Mark TrendDown = new("Trend", "Trend", MarkerShape.FilledTriangleDown, Color.FromHex("#7d3c98"), 11);
    private static readonly Mark Astronomical = new("Avvikande punkt", "Astronomical point", MarkerShape.FilledDiamond, Color.FromHex("#c0392b"), 12);

    /// <summary>Adds the marks and, when there are any, a legend with one entry per kind shown.</summary>
    public static void AddSignals(Plot plot, RunChartAnalysis analysis, Language l)
    {
        var marks = MarksByPoint(analysis);
        var legend = new HashSet<string>();
        foreach (var group in marks.GroupBy(m => m.Value, m => m.Key))
        {
            var indexes = group.Order().ToArray();
            var markers = plot.Add.Markers(indexes.Select(i => (double)i).ToArray(), indexes.Select(i => (double)analysis.Points[i].Value).ToArray(),
                group.Key.Shape, group.Key.Size * Scale(analysis), group.Key.Color);
            var text = l.Pick(group.Key.Swedish, group.Key.English);
            if (legend.Add(text)) markers.LegendText = text;
        }
        if (legend.Count == 0)
        {
            plot.HideLegend();
            return;
        }
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Padding = new PixelPadding(0);
        panel.Alignment = Alignment.LowerCenter;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontSize = 11;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.Padding = new PixelPadding(2);
        plot.Legend.Margin = new PixelPadding(0);
    }

    /// <summary>Marks shrink on a long series so they do not cover each other.</summary>
    internal static float Scale(RunChartAnalysis analysis) => analysis.Points.Count > 40 ? 0.6f : 1f;

    /// <summary>Which mark each signal point gets; later kinds win (shift, then trend, then astronomical).</summary>
    private static Dictionary<int, Mark> MarksByPoint(RunChartAnalysis analysis)
    {
        var marks = new Dictionary<int, Mark>();
        foreach (var signal in MeasureHeadline.SignalsToMark(analysis).OrderBy(s => Rank(s.Kind)))
        {
            if (MarkFor(signal) is not { } mark) continue;
            for (var i = signal.From; i <= signal.To && i < analysis.Points.Count; i++)
            {
                // A point on the median is inside a shift's span but not part of it.
                if (signal.Kind is SignalKind.Shift or SignalKind.LongestRun && analysis.Points[i].Value == analysis.Median) continue;
                marks[i] = mark;
            }
        }
        return marks;
    }

    private static Mark? MarkFor(Signal s) => s.Kind switch
    {
        SignalKind.Shift => Shift,
        SignalKind.LongestRun => LongRun,
        SignalKind.Trend => s.Direction > 0 ? TrendUp : TrendDown,
        SignalKind.Astronomical => Astronomical,
        _ => null,
    };

    private static int Rank(SignalKind kind) => kind switch
    {
        SignalKind.Shift or SignalKind.LongestRun => 0,
        SignalKind.Trend => 1,
        _ => 2,
    };

    /// <summary>The kinds the chart marks, for tests and the alt text: each legend entry once.</summary>
    public static IReadOnlyList<string> LegendEntries(RunChartAnalysis analysis, Language l) =>
        MarksByPoint(analysis).Values.Select(m => l.Pick(m.Swedish, m.English)).Distinct().ToList();

    /// <summary>The points that carry a mark.</summary>
    public static IReadOnlyCollection<int> MarkedPoints(RunChartAnalysis analysis) => MarksByPoint(analysis).Keys;
}
