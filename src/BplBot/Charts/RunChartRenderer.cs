using BplBot.Domain.Text;
using ScottPlot;
using SkiaSharp;

namespace BplBot.Charts;

/// <summary>
/// Draws a run chart as a PNG: the values one per report in time order (evenly spaced, so two reports a day apart
/// never make a spike), month labels (<c>jan 2026</c>), the median and the goal labelled with their values at the
/// right, and only the points that belong to a signal marked, each kind with its own shape and colour and a legend
/// entry. Small on purpose (it sits in a card); the card's alt text says in words what it shows.
/// </summary>
public static class RunChartRenderer
{
    public const int Width = 480, Height = 240;

    /// <summary>Part of every stored chart's fingerprint: raise it when the drawing changes, so charts are drawn anew.</summary>
    public const int Version = 3;

    internal static readonly Color Line = Color.FromHex("#1f5f8b");
    internal static readonly Color MedianColor = Color.FromHex("#555555");
    internal static readonly Color GoalColor = Color.FromHex("#1e7b45");
    private const float TitleSize = 13, LabelSize = 11;
    private const float Left = 46, Right = 92, Top = 34, Bottom = 24, BottomWithLegend = 46;

    public static byte[] Png(ChartRequest request, int width = Width, int height = Height)
    {
        using var plot = Build(request, width, height);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>The plot before it is drawn, for tests that ask which font and which marks it holds.</summary>
    internal static Plot Build(ChartRequest request, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(request);
        var l = request.Language;
        var points = request.Analysis.Points;
        var plot = new Plot();
        ChartFont.Apply(plot);
        plot.FigureBackground.Color = Colors.White;
        // A fixed frame: the title is centred over the data area, so its room is known before drawing.
        var marks = ChartMarks.MarkedPoints(request.Analysis).Count > 0;
        var frame = new PixelPadding(Left, Right, marks ? BottomWithLegend : Bottom, Top);
        plot.Layout.Fixed(frame);
        var centre = Left + (width - Left - Right) / 2f;
        plot.Title(FitTitle(request, 2 * Math.Min(centre, width - centre) - 8));
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.Font = ChartFont.Bold;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Colors.Black.WithOpacity(0.08);

        var ys = points.Select(p => (double)p.Value).ToArray();
        var xs = Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray();
        if (points.Count > 0)
        {
            var line = plot.Add.Scatter(xs, ys);
            line.Color = Line;
            line.LineWidth = 2;
            line.MarkerShape = MarkerShape.FilledCircle;
            line.MarkerSize = 5 * ChartMarks.Scale(request.Analysis);
            ChartMarks.AddSignals(plot, request.Analysis, l);
        }
        if (request.Analysis.Median is { } median) plot.Add.HorizontalLine((double)median, 1.5f, MedianColor, LinePattern.Dashed);
        if (request.Goal is { } goal) plot.Add.HorizontalLine((double)goal, 1.5f, GoalColor, LinePattern.Dotted);

        var (bottom, top) = ChartAxes.ValueRange(request);
        plot.Axes.SetLimitsX(-0.5, Math.Max(points.Count, 1) - 0.5);
        plot.Axes.SetLimitsY(bottom, top);
        plot.Axes.SetLimitsY(bottom, top, plot.Axes.Right);
        plot.Axes.Bottom.TickGenerator = ChartAxes.MonthTicks(points, l, width);
        plot.Axes.Left.TickGenerator = ChartAxes.ValueTicks(request);
        plot.Axes.Right.TickGenerator = ChartAxes.ReferenceTicks(request, bottom, top, height);
        plot.Axes.Right.MajorTickStyle.Length = 0;
        plot.Axes.Right.MinorTickStyle.Length = 0;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Right })
            axis.TickLabelStyle.FontSize = LabelSize;
        plot.Axes.Right.TickLabelStyle.ForeColor = Colors.Black.WithOpacity(0.75);
        return plot;
    }

    /// <summary>A long measure name is cut with an ellipsis (the unit, or the name's own parenthesis, stays) rather than drawn past the edge.</summary>
    private static string FitTitle(ChartRequest request, float maxWidth)
    {
        using var font = new SKFont(ChartFont.Bold, TitleSize);
        if (font.MeasureText(request.Title) <= maxWidth) return request.Title;
        var tail = request.TitleTail.Length == 0 ? string.Empty : " " + request.TitleTail;
        var name = request.TitleName;
        while (name.Length > 1 && font.MeasureText(name + "…" + tail) > maxWidth) name = name[..^1];
        return name.TrimEnd() + "…" + tail;
    }
}
