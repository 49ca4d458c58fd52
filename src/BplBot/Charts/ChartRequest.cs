using BplBot.Domain.Measures;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;

namespace BplBot.Charts;

/// <summary>What a run chart shows: the measure, its unit and goal, the analysed points, and the reader's language.</summary>
public sealed record ChartRequest(string MeasureName, string Unit, decimal? Goal, RunChartAnalysis Analysis, Language Language = Language.Swedish)
{
    public static ChartRequest For(MeasureDefinition measure, RunChartAnalysis analysis, Language language)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return new(measure.Name, measure.Unit, measure.GoalValue, analysis, language);
    }

    /// <summary>"Gemensamma hembesök (antal)", "Närvaro åk 7–9 (%)"; English: "(count)".</summary>
    public string Title => $"{MeasureName.Trim()} ({UnitLabel})";

    /// <summary>The unit as the title shows it: "%", "antal" (English "count"), or as the network wrote it.</summary>
    public string UnitLabel => IsPercent ? "%" : IsCount ? Language.Pick("antal", "count") : Unit.Trim();

    public bool IsCount => MeasureUnits.IsCount(Unit);

    public bool IsPercent => MeasureUnits.IsPercent(Unit);
}
