using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;

namespace BplBot.Tests.Domain.RunCharts;

public sealed class RunChartAnalyzerTests
{
    private static List<RunChartPoint> Series(params double[] values) =>
        values.Select((v, i) => new RunChartPoint(new DateOnly(2026, 1, 1).AddMonths(i), (decimal)v)).ToList();

    [Fact]
    public void FewerThanTenPoints_NoMedianAndNoSignals()
    {
        var analysis = RunChartAnalyzer.Analyze(Series(1, 2, 3, 4, 5, 6, 7, 8, 9), higherIsBetter: true);
        Assert.Null(analysis.Median);
        Assert.Empty(analysis.Signals);
        Assert.Contains("För få punkter (9)", SignalText.None(analysis, Language.Swedish), StringComparison.Ordinal);
    }

    [Fact]
    public void Shift_SixOnOneSide_InBothDirections()
    {
        var analysis = RunChartAnalyzer.Analyze(Series(3, 7, 4, 6, 3, 7, 8, 9, 8, 9, 8, 9), higherIsBetter: true);
        Assert.Equal(7.5m, analysis.Median);
        var shifts = analysis.Signals.Where(s => s.Kind == SignalKind.Shift).ToList();
        Assert.Equal(2, shifts.Count);
        Assert.Equal((0, 5, -1, false), (shifts[0].From, shifts[0].To, shifts[0].Direction, shifts[0].IsGood!.Value));
        Assert.Equal((6, 11, 1, true), (shifts[1].From, shifts[1].To, shifts[1].Direction, shifts[1].IsGood!.Value));
        Assert.Equal(2, analysis.Runs);
        Assert.Contains(analysis.Signals, s => s.Kind == SignalKind.TooFewRuns);
        Assert.Contains("Skift: 6 punkter i rad över medianen", SignalText.Describe(shifts[1], analysis, Language.Swedish), StringComparison.Ordinal);
        Assert.Contains("åt det håll ni vill", SignalText.Describe(shifts[1], analysis, Language.Swedish), StringComparison.Ordinal);
        Assert.Contains("åt fel håll", SignalText.Describe(shifts[0], analysis, Language.Swedish), StringComparison.Ordinal);
    }

    [Fact]
    public void Shift_FiveOnOneSide_IsNotASignal()
    {
        var analysis = RunChartAnalyzer.Analyze(Series(1, 9, 2, 8, 3, 7, 4, 6, 5, 5.5, 5.8, 4.9), higherIsBetter: true);
        Assert.DoesNotContain(analysis.Signals, s => s.Kind == SignalKind.Shift);
    }

    [Fact]
    public void Shift_APointOnTheMedian_NeitherCountsNorBreaksIt()
    {
        // 13 points, median 7: six below with the median point among them.
        var analysis = RunChartAnalyzer.Analyze(Series(1, 2, 3, 7, 4, 5, 6, 8, 9, 10, 11, 12, 13), higherIsBetter: false);
        Assert.Equal(7m, analysis.Median);
        Assert.Equal(12, analysis.UsefulPoints);
        var first = analysis.Signals.First(s => s.Kind == SignalKind.Shift);
        Assert.Equal((0, 6, 6), (first.From, first.To, first.Count));
        Assert.True(first.IsGood); // below the median, and lower is better
    }

    [Fact]
    public void Trend_FiveGoingUp_AndEqualNeighboursCountOnce()
    {
        var up = RunChartAnalyzer.Analyze(Series(5, 1, 2, 2, 3, 4, 5, 3, 4, 3, 4, 3), higherIsBetter: true);
        var trend = Assert.Single(up.Signals, s => s.Kind == SignalKind.Trend);
        Assert.Equal((1, 6, 5, 1), (trend.From, trend.To, trend.Count, trend.Direction));
        Assert.Contains("Trend: 5 punkter i rad uppåt", SignalText.Describe(trend, up, Language.Swedish), StringComparison.Ordinal);

        var notFive = RunChartAnalyzer.Analyze(Series(5, 1, 2, 2, 3, 3, 4, 3, 4, 3, 4, 3), higherIsBetter: true);
        Assert.DoesNotContain(notFive.Signals, s => s.Kind == SignalKind.Trend);
    }

    [Fact]
    public void Trend_GoingDown_WhenHigherIsBetter_IsTheWrongDirection()
    {
        var analysis = RunChartAnalyzer.Analyze(Series(4, 6, 5, 6, 9, 8, 7, 6, 5, 6, 5, 6), higherIsBetter: true);
        var trend = Assert.Single(analysis.Signals, s => s.Kind == SignalKind.Trend);
        Assert.Equal(-1, trend.Direction);
        Assert.False(trend.IsGood);
    }

    [Fact]
    public void TooManyRuns_WhenValuesAlternate()
    {
        var analysis = RunChartAnalyzer.Analyze(Series(1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9), higherIsBetter: true);
        Assert.Equal(12, analysis.Runs);
        Assert.Contains(analysis.Signals, s => s.Kind == SignalKind.TooManyRuns);
        Assert.Contains("För många serier: 12", SignalText.Describe(analysis.Signals.First(s => s.Kind == SignalKind.TooManyRuns), analysis, Language.Swedish), StringComparison.Ordinal);
    }

    [Fact]
    public void RandomLookingData_HasNoSignals()
    {
        var analysis = RunChartAnalyzer.Analyze(Series(5, 7, 4, 6, 8, 5, 3, 6, 7, 4, 6, 5, 7, 4), higherIsBetter: true);
        Assert.Empty(analysis.Signals);
        Assert.Contains("Inga signaler", SignalText.None(analysis, Language.Swedish), StringComparison.Ordinal);
    }

    [Fact]
    public void Astronomical_APointPlainlyUnlikeTheRest()
    {
        var analysis = RunChartAnalyzer.Analyze(Series(50, 52, 49, 51, 50, 48, 90, 51, 49, 50, 52, 50), higherIsBetter: true);
        var point = Assert.Single(analysis.Signals, s => s.Kind == SignalKind.Astronomical);
        Assert.Equal(6, point.From);
        Assert.True(point.IsGood);
        Assert.Contains(6, analysis.SignalPoints);
        // A percentage's point carries its unit, as every other value the bot writes.
        Assert.Contains("Avvikande punkt: 90 % (", SignalText.Describe(point, analysis, Language.Swedish, "%"), StringComparison.Ordinal);
        Assert.Contains("Astronomical point: 90 (", SignalText.Describe(point, analysis, Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_FrozenMedian_ShowsTheShiftAfterIt()
    {
        var values = new double[] { 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9 };
        var frozen = RunChartAnalyzer.Analyze(Series(values), higherIsBetter: true, new RunChartOptions(BaselinePoints: 10));
        Assert.Equal(5.5m, frozen.Median);
        // The last baseline point (6) is above the frozen median too, so the shift starts there.
        Assert.Contains(frozen.Signals, s => s.Kind == SignalKind.Shift && s.From == 9 && s.Count == 13);
        var moving = RunChartAnalyzer.Analyze(Series(values), higherIsBetter: true);
        Assert.Equal(9m, moving.Median);
    }

    [Theory]
    [InlineData(10, 3, 9)]   // 5 and 5: P(R=2) = 2/252 ≤ 2.5 %, P(R≤3) = 10/252 > 2.5 %
    [InlineData(12, 4, 10)]  // 6 and 6: P(R≤3) = 12/924 ≤ 2.5 %, P(R≤4) = 62/924 > 2.5 % (Perla's table says 3 and 11)
    public void RunsLimits_ExactForSmallCharts(int n, int lower, int upper) => Assert.Equal((lower, upper), RunsLimits.For(n));

    [Fact]
    public void RunsLimits_CutBothTailsAtTwoAndAHalfPercent_From10To60()
    {
        for (var n = 10; n <= 60; n++)
        {
            var (lower, upper) = RunsLimits.For(n)!.Value;
            var p = RunsLimits.Distribution((n + 1) / 2, n / 2);
            Assert.Equal(1.0, p.Sum(), 9);
            Assert.True(p.Take(lower).Sum() <= RunsLimits.TailRisk, $"n={n}: fewer than {lower} runs is not rare enough");
            Assert.True(p.Take(lower + 1).Sum() > RunsLimits.TailRisk, $"n={n}: {lower} runs would already be a signal");
            Assert.True(p.Skip(upper + 1).Sum() <= RunsLimits.TailRisk, $"n={n}: more than {upper} runs is not rare enough");
            Assert.True(p.Skip(upper).Sum() > RunsLimits.TailRisk, $"n={n}: {upper} runs would already be a signal");
        }
    }

    [Fact]
    public void RunsLimits_FromTenToSixty_AreOrderedAndWidening()
    {
        Assert.Null(RunsLimits.For(9));
        for (var n = 10; n <= 60; n++)
        {
            var (lower, upper) = RunsLimits.For(n)!.Value;
            Assert.InRange(lower, 2, upper);
            Assert.InRange(upper, lower, n);
            var (nextLower, nextUpper) = RunsLimits.For(n + 1)!.Value;
            Assert.True(nextLower >= lower && nextUpper >= upper, $"limits shrink from {n} to {n + 1}");
        }
    }

    [Fact]
    public void Anhoej_LongestRunAndCrossings()
    {
        var options = new RunChartOptions(RunChartRules.Anhoej);
        // 16 points: a run longer than round(log2(16) + 3) = 7 is a signal.
        var longRun = RunChartAnalyzer.Analyze(Series(1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18), higherIsBetter: true, options);
        Assert.Contains(longRun.Signals, s => s.Kind == SignalKind.LongestRun && s.Count == 8);
        Assert.Equal(3, RunChartAnalyzer.BinomialQuantile(11, 0.05));
        var random = RunChartAnalyzer.Analyze(Series(5, 7, 4, 6, 8, 5, 3, 6, 7, 4, 6, 5, 7, 4), higherIsBetter: true, options);
        Assert.Empty(random.Signals);
    }
}
