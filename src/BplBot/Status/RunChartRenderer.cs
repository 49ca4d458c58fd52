using BplBot.Domain.RunCharts;
using ScottPlot;

namespace BplBot.Status;

/// <summary>What a chart shows: the measure, its unit, its goal, and the analysed points.</summary>
public sealed record ChartRequest(string Title, string Unit, decimal? Goal, RunChartAnalysis Analysis);

/// <summary>
/// Draws a run chart as a PNG with ScottPlot: the values in time order, the median, the goal, and the points that
/// belong to a signal marked. Small on purpose (it sits in a card); the alt text says what it shows.
/// </summary>
public static class RunChartRenderer
{
    public const int Width = 480, Height = 220;

    public static byte[] Png(ChartRequest request, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(request);
        var points = request.Analysis.Points;
        using var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        if (points.Count > 0)
        {
            var xs = points.Select(p => p.Date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = points.Select(p => (double)p.Value).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.Color = Color.FromHex("#1f5f8b");
            line.LineWidth = 2;
            line.MarkerSize = 5;
            var marked = request.Analysis.SignalPoints.Where(i => i < points.Count).Order().ToArray();
            if (marked.Length > 0)
            {
                var signal = plot.Add.Markers(marked.Select(i => xs[i]).ToArray(), marked.Select(i => ys[i]).ToArray(), MarkerShape.FilledCircle, 9, Color.FromHex("#c0392b"));
                signal.LegendText = "Signal";
            }
            plot.Axes.DateTimeTicksBottom();
        }
        if (request.Analysis.Median is { } median)
        {
            var m = plot.Add.HorizontalLine((double)median, 1.5f, Color.FromHex("#555555"), LinePattern.Dashed);
            m.LegendText = "Median";
        }
        if (request.Goal is { } goal)
        {
            var g = plot.Add.HorizontalLine((double)goal, 1.5f, Color.FromHex("#2e8b57"), LinePattern.Dotted);
            g.LegendText = "Mål";
        }
        // Horizontal lines do not take part in auto-scaling: make room for the goal.
        plot.Axes.AutoScale();
        if (request.Goal is { } target)
        {
            var limits = plot.Axes.GetLimits();
            var pad = Math.Max((limits.Top - limits.Bottom) * 0.05, 1);
            plot.Axes.SetLimitsY(Math.Min(limits.Bottom, (double)target - pad), Math.Max(limits.Top, (double)target + pad));
        }
        plot.Axes.Left.Label.Text = request.Unit;
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
