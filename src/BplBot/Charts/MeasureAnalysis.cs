using BplBot.Domain.Measures;
using BplBot.Domain.RunCharts;

namespace BplBot.Charts;

/// <summary>A measure read as a run chart, the same way everywhere: status card, chart links, digest.</summary>
public static class MeasureAnalysis
{
    public static RunChartAnalysis Analyze(MeasureDefinition measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return RunChartAnalyzer.Analyze(measure.Values.Select(v => new RunChartPoint(v.Date, v.Value)), measure.HigherIsBetter);
    }
}
