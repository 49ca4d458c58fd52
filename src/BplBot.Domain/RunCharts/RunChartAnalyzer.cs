namespace BplBot.Domain.RunCharts;

/// <summary>
/// Reads a run chart by the rules of Perla, Provost &amp; Murray (2011) as taught by IHI, or by Anhøj's rules.
/// The median is the centre line from 10 points on (optionally frozen on a baseline); points on the median neither
/// count for a shift nor break it; equal neighbours count once in a trend.
/// </summary>
public static class RunChartAnalyzer
{
    /// <summary>d2 for moving ranges of two: turns the average moving range into an estimate of sigma (I-chart).</summary>
    private const decimal D2 = 1.128m;

    public static RunChartAnalysis Analyze(IEnumerable<RunChartPoint> points, bool higherIsBetter, RunChartOptions? options = null)
    {
        options ??= new RunChartOptions();
        var ordered = points.OrderBy(p => p.Date).ToList();
        if (ordered.Count < RunChartOptions.MinimumPoints) return new RunChartAnalysis(ordered, null, 0, 0, null, []);

        var baseline = options.BaselinePoints is { } b && b >= RunChartOptions.MinimumPoints && b < ordered.Count ? ordered.Take(b) : ordered;
        var median = Median(baseline.Select(p => p.Value).ToList());
        var sides = ordered.Select(p => Math.Sign(p.Value - median)).ToArray();
        var useful = sides.Count(s => s != 0);
        var runs = CountRuns(sides);
        var limits = RunsLimits.For(useful);
        var signals = new List<Signal>();
        if (options.Rules == RunChartRules.Ihi)
        {
            signals.AddRange(Runs(sides, RunChartOptions.ShiftLength, higherIsBetter, SignalKind.Shift));
            signals.AddRange(Trends(ordered, higherIsBetter));
            if (limits is { } l && runs < l.Lower) signals.Add(new Signal(SignalKind.TooFewRuns, 0, ordered.Count - 1, 0, null, useful));
            if (limits is { } u && runs > u.Upper) signals.Add(new Signal(SignalKind.TooManyRuns, 0, ordered.Count - 1, 0, null, useful));
            signals.AddRange(Astronomical(ordered, median, higherIsBetter));
        }
        else
        {
            var longest = (int)Math.Round(Math.Log2(useful) + 3, MidpointRounding.AwayFromZero);
            signals.AddRange(Runs(sides, longest + 1, higherIsBetter, SignalKind.LongestRun));
            if (runs - 1 < BinomialQuantile(useful - 1, 0.05)) signals.Add(new Signal(SignalKind.FewCrossings, 0, ordered.Count - 1, 0, null, useful));
        }
        return new RunChartAnalysis(ordered, median, useful, runs, limits, signals.OrderBy(s => s.From).ToList());
    }

    public static decimal Median(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0) throw new ArgumentException("A median needs values.", nameof(values));
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>A run is a series of points on one side of the median; points on it are skipped.</summary>
    public static int CountRuns(IReadOnlyList<int> sides)
    {
        var runs = 0;
        var last = 0;
        foreach (var side in sides.Where(s => s != 0))
        {
            if (side != last) runs++;
            last = side;
        }
        return runs;
    }

    private static IEnumerable<Signal> Runs(int[] sides, int minimum, bool higherIsBetter, SignalKind kind)
    {
        int start = -1, end = -1, side = 0, length = 0;
        for (var i = 0; i <= sides.Length; i++)
        {
            var s = i < sides.Length ? sides[i] : 0;
            if (i < sides.Length && s == 0) continue;
            if (i < sides.Length && s == side)
            {
                length++;
                end = i;
                continue;
            }
            if (side != 0 && length >= minimum) yield return new Signal(kind, start, end, side, (side > 0) == higherIsBetter, length);
            if (i == sides.Length) yield break;
            (start, end, side, length) = (i, i, s, 1);
        }
    }

    private static IEnumerable<Signal> Trends(List<RunChartPoint> points, bool higherIsBetter)
    {
        // Equal neighbours count once: keep the first index of each run of equal values.
        var distinct = new List<int> { 0 };
        for (var i = 1; i < points.Count; i++)
            if (points[i].Value != points[i - 1].Value) distinct.Add(i);
        var startAt = 0;
        var direction = 0;
        for (var k = 1; k <= distinct.Count; k++)
        {
            var step = k < distinct.Count ? Math.Sign(points[distinct[k]].Value - points[distinct[k - 1]].Value) : 0;
            if (k < distinct.Count && (direction == 0 || step == direction))
            {
                direction = step;
                continue;
            }
            var count = k - startAt;
            if (direction != 0 && count >= RunChartOptions.TrendLength)
                yield return new Signal(SignalKind.Trend, distinct[startAt], LastOfValue(points, distinct[k - 1]), direction, (direction > 0) == higherIsBetter, count);
            startAt = k - 1;
            direction = step;
        }
    }

    private static int LastOfValue(List<RunChartPoint> points, int index)
    {
        while (index + 1 < points.Count && points[index + 1].Value == points[index].Value) index++;
        return index;
    }

    /// <summary>A point more than 3 sigma from the median, sigma estimated from the moving ranges of the other points.</summary>
    private static IEnumerable<Signal> Astronomical(List<RunChartPoint> points, decimal median, bool higherIsBetter)
    {
        for (var i = 0; i < points.Count; i++)
        {
            var others = points.Where((_, j) => j != i).Select(p => p.Value).ToList();
            var ranges = others.Zip(others.Skip(1), (a, b) => Math.Abs(b - a)).ToList();
            if (ranges.Count == 0) continue;
            var sigma = ranges.Average() / D2;
            if (sigma <= 0) continue;
            var distance = points[i].Value - median;
            if (Math.Abs(distance) > 3 * sigma)
                yield return new Signal(SignalKind.Astronomical, i, i, Math.Sign(distance), (distance > 0) == higherIsBetter, 1);
        }
    }

    /// <summary>The smallest x with P(X ≤ x) ≥ p for X ~ Binomial(n, 0.5) (R's qbinom).</summary>
    public static int BinomialQuantile(int n, double p)
    {
        if (n <= 0) return 0;
        double cumulative = 0;
        var logHalfN = n * Math.Log(0.5);
        double logChoose = 0;
        for (var x = 0; x <= n; x++)
        {
            if (x > 0) logChoose += Math.Log(n - x + 1) - Math.Log(x);
            cumulative += Math.Exp(logChoose + logHalfN);
            if (cumulative >= p) return x;
        }
        return n;
    }
}
