using BplBot.Domain.Newsletter;
using BplBot.Charts;
using BplBot.Text;
using ScottPlot;

namespace BplBot.Newsletter;

/// <summary>The draft's pictures, drawn once and shared by the Word and HTML writers.</summary>
public sealed record NewsletterImages(byte[] Distribution, IReadOnlyDictionary<int, byte[]> RunCharts)
{
    public static NewsletterImages Draw(Domain.Newsletter.Newsletter n)
    {
        ArgumentNullException.ThrowIfNull(n);
        // Each chart is its own ScottPlot plot, so they can be drawn side by side: most of a build's time is drawing.
        var charts = n.Teams.SelectMany(t => t.Charts).Where(c => c.Analysis is not null).DistinctBy(c => c.MeasureId).ToList();
        var drawn = new System.Collections.Concurrent.ConcurrentDictionary<int, byte[]>();
        // Drawn without signal marks: their legend names the rules ("Skift", "Avvikande punkt"), and the newsletter's
        // readers get the change in the team's prose instead. The line, the median and the goal stay.
        Parallel.ForEach(charts, c => drawn[c.MeasureId] = RunChartRenderer.Png(new ChartRequest(c.Name, c.Unit, c.Goal, c.Analysis! with { Signals = [] })));
        return new NewsletterImages(DistributionChart(n.Overview), drawn);
    }

    public const int DistributionWidth = 560, DistributionHeight = 240;

    /// <summary>How many teams chose each step of the whole scale; the axis counts teams in whole numbers.</summary>
    private static byte[] DistributionChart(NetworkOverview o)
    {
        using var plot = new Plot();
        ChartFont.Apply(plot);
        plot.FigureBackground.Color = Colors.White;
        var bars = o.Distribution.Select((b, i) => new Bar { Position = i, Value = b.Teams, FillColor = Color.FromHex("#1f5f8b") }).ToList();
        plot.Add.Bars(bars);
        var ticks = o.Distribution.Select((b, i) => new Tick(i, NewsletterComposer.Rating(b.Score))).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            TargetTickCount = 4,
            LabelFormatter = v => Formats.Number((decimal)Math.Round(v), Domain.Text.Language.Swedish),
        };
        plot.Axes.Bottom.Label.Text = "Självskattning";
        plot.Axes.Left.Label.Text = "Antal team";
        plot.Axes.SetLimitsY(0, Math.Max(1, o.Distribution.Max(b => b.Teams)) + 0.5);
        plot.Grid.XAxisStyle.IsVisible = false;
        return plot.GetImageBytes(DistributionWidth, DistributionHeight, ImageFormat.Png);
    }
}
