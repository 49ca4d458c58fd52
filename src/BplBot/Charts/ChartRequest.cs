using System.Security.Cryptography;
using System.Text;
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

    /// <summary>
    /// A hash of everything the picture shows, and of the drawing code's version: equal fingerprints draw equal charts.
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder($"{RunChartRenderer.Version}|{Language}|{MeasureName}|{Unit}|{Goal}|{Analysis.Median}|");
        foreach (var p in Analysis.Points) text.Append(p.Date.DayNumber).Append(':').Append(p.Value).Append(';');
        foreach (var s in Analysis.Signals) text.Append('|').Append(s);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public bool IsCount => MeasureUnits.IsCount(Unit);

    public bool IsPercent => MeasureUnits.IsPercent(Unit);
}
