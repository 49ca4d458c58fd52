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

    /// <summary>
    /// "Närvaro åk 7–9 (%)", "Skärmtid (min/dag)"; a count is named by its own noun, never "antal" (swedish.md), so it
    /// gets no unit: "Gemensamma hembesök". A name that ends with a parenthesis of its own ("Steg per dag (median)")
    /// already says what the numbers are: no second one is added.
    /// </summary>
    public string Title => $"{TitleName} {TitleTail}".Trim();

    /// <summary>The part of the title a long title always keeps: the name's own closing parenthesis, else the unit (none for a count).</summary>
    public string TitleTail => OwnParenthesis() is { } at ? MeasureName.Trim()[at..] : UnitLabel.Length == 0 ? string.Empty : $"({UnitLabel})";

    /// <summary>The title before its <see cref="TitleTail"/>: the part that is cut when the title is too long.</summary>
    public string TitleName => OwnParenthesis() is { } at ? MeasureName.Trim()[..at].TrimEnd() : MeasureName.Trim();

    /// <summary>The unit as the title shows it: "%", nothing for a count, or as the network wrote it.</summary>
    public string UnitLabel => IsPercent ? "%" : IsCount ? string.Empty : Unit.Trim();

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

    /// <summary>Where the parenthesis that closes the name opens (nested ones count as one); null when the name ends otherwise.</summary>
    private int? OwnParenthesis()
    {
        var name = MeasureName.Trim();
        if (!name.EndsWith(')')) return null;
        var depth = 0;
        for (var i = name.Length - 1; i > 0; i--)
        {
            if (name[i] == ')') depth++;
            else if (name[i] == '(' && --depth == 0) return i;
        }
        return null; // unbalanced, or the whole name in parentheses: the unit is added as for any name
    }

    public bool IsPercent => MeasureUnits.IsPercent(Unit);
}
