namespace BplBot.Domain.RunCharts;

/// <summary>
/// Picks what a measure's headline is about. A change that still holds at the latest measurement comes first (a shift
/// before a trend, a trend before a single unusual point, except a trend that turns against the shift: that is the
/// newer news); else the latest change that has ended; else a change without a direction, values that alternate, or
/// no change at all.
/// </summary>
internal static class HeadlineReading
{
    public static MeasureHeadline Read(HeadlineMeasure measure, RunChartAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(analysis);
        var points = analysis.Points;
        bool? goalReached = measure.Goal is { } goal && points.Count > 0
            ? measure.HigherIsBetter ? points[^1].Value >= goal : points[^1].Value <= goal
            : null;
        MeasureHeadline Plain(HeadlineKind kind) => new(kind, HeadlineVerdict.None, 0, false, null, null, goalReached, null, analysis, measure);

        if (points.Count == 0) return Plain(HeadlineKind.NoValues);
        if (!analysis.HasEnoughPoints) return Plain(HeadlineKind.TooFewPoints);

        if (Lead(analysis) is { } lead)
        {
            var verdict = lead.IsGood switch { true => HeadlineVerdict.Good, false => HeadlineVerdict.Bad, null => HeadlineVerdict.None };
            return new MeasureHeadline(KindOf(lead), verdict, lead.Direction, IsOngoing(lead, analysis),
                points[lead.From].Date, points[lead.To].Date, goalReached, lead, analysis, measure);
        }

        if (analysis.Signals.FirstOrDefault(s => s.Kind == SignalKind.TooManyRuns) is { } alternating)
            return Plain(HeadlineKind.Alternating) with { Signal = alternating };
        if (analysis.Signals.FirstOrDefault(s => s.Kind is SignalKind.TooFewRuns or SignalKind.FewCrossings) is { } clustered)
            return Plain(HeadlineKind.ChangeWithoutDirection) with { Signal = clustered };
        return Plain(HeadlineKind.NoChange);
    }

    /// <summary>The shift, trend or unusual point the headline is about; null when there is none.</summary>
    public static Signal? Lead(RunChartAnalysis analysis)
    {
        var directional = analysis.Signals.Where(s => KindOf(s) is HeadlineKind.Shift or HeadlineKind.Trend or HeadlineKind.UnusualPoint).ToList();
        var ongoing = directional.Where(s => IsOngoing(s, analysis)).OrderBy(Priority).ThenByDescending(s => s.From).ToList();
        var lead = ongoing.FirstOrDefault();
        if (lead is not null && KindOf(lead) == HeadlineKind.Shift
            && ongoing.FirstOrDefault(s => s.Kind == SignalKind.Trend && s.Direction != lead.Direction) is { } turning)
            lead = turning;
        return lead ?? directional.OrderByDescending(s => s.To).ThenBy(Priority).FirstOrDefault();
    }

    private static HeadlineKind KindOf(Signal s) => s.Kind switch
    {
        SignalKind.Shift or SignalKind.LongestRun => HeadlineKind.Shift,
        SignalKind.Trend => HeadlineKind.Trend,
        SignalKind.Astronomical => HeadlineKind.UnusualPoint,
        SignalKind.TooManyRuns => HeadlineKind.Alternating,
        _ => HeadlineKind.ChangeWithoutDirection,
    };

    private static int Priority(Signal s) => KindOf(s) switch
    {
        HeadlineKind.Shift => 0,
        HeadlineKind.Trend => 1,
        _ => 2,
    };

    /// <summary>A change holds when no later point says otherwise: after a shift, later points may only sit on the median.</summary>
    private static bool IsOngoing(Signal s, RunChartAnalysis a) =>
        s.To == a.Points.Count - 1
        || (KindOf(s) == HeadlineKind.Shift && a.Points.Skip(s.To + 1).All(p => p.Value == a.Median));
}
