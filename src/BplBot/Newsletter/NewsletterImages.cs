using BplBot.Domain.Newsletter;
using BplBot.Charts;
using ScottPlot;

namespace BplBot.Newsletter;

/// <summary>The draft's pictures, drawn once and shared by the Word and HTML writers.</summary>
public sealed record NewsletterImages(byte[] Distribution, IReadOnlyDictionary<int, byte[]> RunCharts)
{
    public static NewsletterImages Draw(Domain.Newsletter.Newsletter n)
    {
        ArgumentNullException.ThrowIfNull(n);
        // Each chart is its own ScottPlot plot, so they can be drawn side by side: most of a build's time is drawing.
        var measures = n.Teams.SelectMany(t => t.Measures).Where(m => m.Chart is not null).DistinctBy(m => m.MeasureId).ToList();
        var charts = new System.Collections.Concurrent.ConcurrentDictionary<int, byte[]>();
        Parallel.ForEach(measures, m => charts[m.MeasureId] = RunChartRenderer.Png(new ChartRequest(m.Name, m.Unit, m.Goal, m.Chart!)));
        return new NewsletterImages(DistributionChart(n.Overview), charts);
    }

    public const int DistributionWidth = 560, DistributionHeight = 240;

    private static byte[] DistributionChart(NetworkOverview o)
    {
        using var plot = new Plot();
        ChartFont.Apply(plot);
        plot.FigureBackground.Color = Colors.White;
        var bars = o.Distribution.Select((b, i) => new Bar { Position = i, Value = b.Teams, FillColor = Color.FromHex("#1f5f8b") }).ToList();
        plot.Add.Bars(bars);
        var ticks = o.Distribution.Select((b, i) => new Tick(i, NewsletterComposer.Rating(b.Score))).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.Label.Text = "Självskattning";
        plot.Axes.Left.Label.Text = "Antal team";
        plot.Axes.Margins(bottom: 0);
        return plot.GetImageBytes(DistributionWidth, DistributionHeight, ImageFormat.Png);
    }
}
