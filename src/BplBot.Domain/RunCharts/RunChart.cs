namespace BplBot.Domain.RunCharts;

/// <summary>One point of a run chart: a measure's value on a date.</summary>
public sealed record RunChartPoint(DateOnly Date, decimal Value);

public enum SignalKind
{
    /// <summary>6 or more points in a row on one side of the median.</summary>
    Shift,
    /// <summary>5 or more points in a row all going up or all going down.</summary>
    Trend,
    TooFewRuns,
    TooManyRuns,
    /// <summary>A point plainly unlike the rest.</summary>
    Astronomical,
    /// <summary>Anhøj: the longest run is longer than round(log2(n) + 3).</summary>
    LongestRun,
    /// <summary>Anhøj: fewer median crossings than the 5 % quantile of Binomial(n − 1, 0.5).</summary>
    FewCrossings,
}

/// <summary>Up or down, and whether that is the measure's good direction (null when it has none, e.g. too many runs).</summary>
/// <remarks><see cref="Count"/> is the points that make the signal (a point on the median inside a shift is not one).</remarks>
public sealed record Signal(SignalKind Kind, int From, int To, int Direction, bool? IsGood, int Count);

public enum RunChartRules
{
    /// <summary>Perla, Provost &amp; Murray (2011) as taught by IHI: shift, trend, runs, astronomical point.</summary>
    Ihi,
    /// <summary>Anhøj: longest run and number of crossings (better suited to automatic detection).</summary>
    Anhoej,
}

/// <summary>How a run chart is read: which rules, and an optional frozen baseline for the median.</summary>
public sealed record RunChartOptions(RunChartRules Rules = RunChartRules.Ihi, int? BaselinePoints = null)
{
    /// <summary>The median and the rules need at least this many points.</summary>
    public const int MinimumPoints = 10;
    public const int ShiftLength = 6;
    public const int TrendLength = 5;
}

/// <summary>What the analysis found: the centre line, the runs and the signals, in time order.</summary>
public sealed record RunChartAnalysis(
    IReadOnlyList<RunChartPoint> Points,
    decimal? Median,
    int UsefulPoints,
    int Runs,
    (int Lower, int Upper)? RunsLimits,
    IReadOnlyList<Signal> Signals)
{
    public bool HasEnoughPoints => Median is not null;

    /// <summary>
    /// The <paramref name="count"/> signals that end last, in time order: what a card names in its details.
    /// </summary>
    public IReadOnlyList<Signal> Latest(int count) =>
        Signals.OrderByDescending(s => s.To).ThenByDescending(s => s.From).Take(count).OrderBy(s => s.From).ToList();

    /// <summary>The indexes of points that are part of any signal, for marking them on the chart.</summary>
    public IReadOnlySet<int> SignalPoints =>
        Signals.Where(s => s.Kind is not (SignalKind.TooFewRuns or SignalKind.TooManyRuns or SignalKind.FewCrossings))
            .SelectMany(s => Enumerable.Range(s.From, s.To - s.From + 1)).ToHashSet();
}
