using BplBot.Charts;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using ScottPlot;

namespace BplBot.Tests.Charts;

/// <summary>The run chart as drawn: its size, the shipped font, month labels, which points are marked and the legend.</summary>
public sealed class RunChartRendererTests
{
    private static RunChartAnalysis Monthly(DateOnly start, params double[] values) =>
        RunChartAnalyzer.Analyze(values.Select((v, i) => new RunChartPoint(start.AddMonths(i), (decimal)v)), higherIsBetter: true);

    /// <summary>Seven low months, then higher ones, then one far above: a shift and an astronomical point.</summary>
    private static readonly RunChartAnalysis WithShift = Monthly(new DateOnly(2026, 1, 31), 7, 9, 6, 9, 11, 8, 11, 13, 15, 13, 15, 17, 15, 17, 30);

    private static readonly RunChartAnalysis Random = Monthly(new DateOnly(2026, 1, 31), 5, 7, 4, 6, 8, 5, 3, 6, 7, 4, 6, 5);

    private static Plot Drawn(ChartRequest request)
    {
        var plot = RunChartRenderer.Build(request);
        plot.GetImageBytes(RunChartRenderer.Width, RunChartRenderer.Height, ImageFormat.Png);
        return plot;
    }

    private static List<string> Labels(IAxis axis) => axis.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();

    [Fact]
    public void Png_HasTheRequestedSize_AndIsAPng()
    {
        var png = RunChartRenderer.Png(new ChartRequest("Närvaro", "%", 95, WithShift));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.Equal(RunChartRenderer.Width, ReadInt(png, 16));
        Assert.Equal(RunChartRenderer.Height, ReadInt(png, 20));
        Assert.InRange(png.Length, 2_000, 40_000);
        if (Environment.GetEnvironmentVariable("BPLBOT_SAVE_CHART") is { Length: > 0 } path) File.WriteAllBytes(path, png);
    }

    [Fact]
    public void EveryLabel_IsDrawnInTheShippedSansSerif_NotAFontOfTheMachine()
    {
        var plot = Drawn(new ChartRequest("Gemensamma hembesök", "antal", 20, WithShift));

        Assert.Equal("DejaVu Sans", ChartFont.Regular.FamilyName);
        Assert.True(ChartFont.Bold.IsBold);
        // The very typeface objects read from the app's own embedded files, not a same-named font the host may have.
        Assert.Same(ChartFont.Regular, plot.Axes.Left.TickLabelStyle.Font);
        Assert.Same(ChartFont.Regular, plot.Axes.Bottom.TickLabelStyle.Font);
        Assert.Same(ChartFont.Regular, plot.Axes.Right.TickLabelStyle.Font);
        Assert.Same(ChartFont.Bold, plot.Axes.Title.Label.Font);
        Assert.Same(ChartFont.Regular, Fonts.GetTypeface("Times New Roman", bold: false, italic: false));
        Assert.Same(ChartFont.Regular, Fonts.GetTypeface(Fonts.Serif, bold: false, italic: false));
    }

    [Fact]
    public void MonthLabels_AreSwedish_OrEnglishForAnEnglishReader()
    {
        var swedish = Labels(Drawn(new ChartRequest("Närvaro", "%", null, Random)).Axes.Bottom);
        Assert.Equal(["jan 2026", "mar 2026", "maj 2026", "jul 2026", "sep 2026", "nov 2026"], swedish);

        var english = Labels(Drawn(new ChartRequest("Närvaro", "%", null, Random, Language.English)).Axes.Bottom);
        Assert.Contains("May 2026", english);
        Assert.DoesNotContain(english, label => label.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public void PointsArePlacedByReport_InOrder_NotByDate()
    {
        // The demo's last month ends on 30 November; a check-in on 1 December is simply the next point.
        var points = Enumerable.Range(0, 11).Select(i => new RunChartPoint(new DateOnly(2026, 1, 31).AddMonths(i), 10 + i % 3)).ToList();
        points.Add(new RunChartPoint(new DateOnly(2026, 12, 1), 14));
        var plot = Drawn(new ChartRequest("Hembesök", "antal", null, RunChartAnalyzer.Analyze(points, higherIsBetter: true)));

        var line = Assert.IsType<ScottPlot.Plottables.Scatter>(plot.GetPlottables().First());
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (double)i), line.Data.GetScatterPoints().Select(p => p.X));
    }

    [Fact]
    public void WithoutASignal_NoPointIsMarked_AndThereIsNoLegend()
    {
        var plot = Drawn(new ChartRequest("Svar", "antal", 40, Random));

        Assert.Empty(Random.Signals);
        Assert.Empty(ChartMarks.MarkedPoints(Random));
        Assert.DoesNotContain(plot.GetPlottables(), p => p is ScottPlot.Plottables.Markers);
        Assert.Empty(plot.Legend.GetItems());
        Assert.Equal(["median 5,5", "mål 40"], Labels(plot.Axes.Right));
    }

    [Fact]
    public void OnlySignalPoints_AreMarked_EachKindWithItsOwnShape_AndALegendForWhatIsShown()
    {
        var plot = Drawn(new ChartRequest("Gemensamma hembesök", "antal", 20, WithShift));

        var marked = ChartMarks.MarkedPoints(WithShift);
        Assert.NotEmpty(marked);
        Assert.True(marked.Count < WithShift.Points.Count / 2 + 2, $"{marked.Count} of {WithShift.Points.Count} points are marked");
        Assert.Contains(14, marked);
        Assert.DoesNotContain(0, marked);
        var shapes = plot.GetPlottables().OfType<ScottPlot.Plottables.Markers>().Select(m => m.MarkerStyle.Shape).ToList();
        Assert.Equal([MarkerShape.FilledSquare, MarkerShape.FilledDiamond], shapes.Order());
        Assert.Equal(["Skift", "Avvikande punkt"], plot.Legend.GetItems().Select(i => i.LabelText));
    }

    [Fact]
    public void ATrend_IsMarkedWithTrianglesPointingItsWay()
    {
        var falling = Monthly(new DateOnly(2026, 1, 31), 5, 7, 4, 6, 8, 5, 7, 6, 8, 7, 6, 5, 4);
        var plot = Drawn(new ChartRequest("Hembesök", "antal", null, falling, Language.English));

        Assert.Equal(MarkerShape.FilledTriangleDown, Assert.Single(plot.GetPlottables().OfType<ScottPlot.Plottables.Markers>()).MarkerStyle.Shape);
        Assert.Equal(["Trend"], plot.Legend.GetItems().Select(i => i.LabelText));
    }

    [Fact]
    public void TheTitle_TheMedian_AndTheGoal_AreLabelled_InTheReadersLanguage()
    {
        var swedish = Drawn(new ChartRequest("Gemensamma hembesök", "antal", 20, WithShift));
        Assert.Equal("Gemensamma hembesök", swedish.Axes.Title.Label.Text); // a count is named by its noun, never "antal"
        Assert.Equal(["median 13", "mål 20"], Labels(swedish.Axes.Right));

        var english = Drawn(new ChartRequest("Gemensamma hembesök", "antal", 20, WithShift, Language.English));
        Assert.Equal("Gemensamma hembesök", english.Axes.Title.Label.Text);
        Assert.Equal(["median 13", "goal 20"], Labels(english.Axes.Right));
        Assert.Equal(["Shift", "Astronomical point"], english.Legend.GetItems().Select(i => i.LabelText));

        var share = Drawn(new ChartRequest("Hembesök som leder till vidare kontakt med kurator och fler saker", "%", 40.5m, WithShift));
        Assert.EndsWith("… (%)", share.Axes.Title.Label.Text, StringComparison.Ordinal);
        Assert.Contains("mål 40,5 %", Labels(share.Axes.Right));
    }

    [Theory]
    [InlineData("Gemensamma hembesök (antal)", "antal", "Gemensamma hembesök (antal)")]
    [InlineData("Steg per dag, 4-åringar (median)", "antal", "Steg per dag, 4-åringar (median)")]
    [InlineData("Närvaro (andel av eleverna (%))", "%", "Närvaro (andel av eleverna (%))")]
    [InlineData("Väntetid (dagar) till första besöket", "dagar", "Väntetid (dagar) till första besöket (dagar)")]
    [InlineData("Hembesök", "antal", "Hembesök")]
    public void TheTitle_AddsNoUnit_WhenTheNameEndsWithItsOwnParenthesis(string name, string unit, string title)
    {
        Assert.Equal(title, Drawn(new ChartRequest(name, unit, null, Random)).Axes.Title.Label.Text);
    }

    [Fact]
    public void ALongTitle_IsCutInTheName_AndKeepsTheNamesOwnParenthesis()
    {
        var plot = Drawn(new ChartRequest("Hembesök som leder till vidare kontakt med kurator och fler saker (median)", "antal", null, Random));
        Assert.EndsWith("… (median)", plot.Axes.Title.Label.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(antal)", plot.Axes.Title.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongCountsTitle_IsCutWithAnEllipsis_AndGetsNoUnit()
    {
        var plot = Drawn(new ChartRequest("Hembesök som leder till vidare kontakt med kurator och fler saker som ska mätas", "antal", null, Random));
        Assert.EndsWith("…", plot.Axes.Title.Label.Text, StringComparison.Ordinal);
        Assert.StartsWith("Hembesök som leder", plot.Axes.Title.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACountsAxis_HasWholeNumbersOnly()
    {
        var small = Monthly(new DateOnly(2026, 1, 31), 0, 1, 2, 1, 0, 2, 1, 2, 0, 1, 2, 1);
        var labels = Labels(Drawn(new ChartRequest("Barn", "antal", null, small)).Axes.Left);

        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.True(int.TryParse(label, out _), label));
        Assert.Contains(",", string.Concat(Labels(Drawn(new ChartRequest("Andel", "%", null, Monthly(new DateOnly(2026, 1, 31), 0, 1, 2, 1, 0, 2, 1, 2, 0, 1, 2, 1))).Axes.Left)), StringComparison.Ordinal);
    }

    private static int ReadInt(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
}
