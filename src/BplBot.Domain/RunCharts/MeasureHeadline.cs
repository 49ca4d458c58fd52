using BplBot.Domain.Measures;
using BplBot.Domain.Text;

namespace BplBot.Domain.RunCharts;

/// <summary>What a measure's headline is about.</summary>
public enum HeadlineKind
{
    /// <summary>No measurement yet.</summary>
    NoValues,
    /// <summary>Fewer than <see cref="RunChartOptions.MinimumPoints"/>: too early to read signals.</summary>
    TooFewPoints,
    /// <summary>Enough points and no signal: the variation looks random.</summary>
    NoChange,
    /// <summary>Points stay on one side of the median (a shift, or Anhøj's longest run).</summary>
    Shift,
    Trend,
    /// <summary>One point plainly unlike the rest.</summary>
    UnusualPoint,
    /// <summary>Too few runs or median crossings: a change, without a clear direction.</summary>
    ChangeWithoutDirection,
    /// <summary>Too many runs: the values alternate more than chance (mixed data or methods?).</summary>
    Alternating,
}

/// <summary>Whether a change goes the measure's good way.</summary>
public enum HeadlineVerdict
{
    None,
    Good,
    Bad,
}

/// <summary>
/// One plain-language line per measure, read from its run chart: "Tydlig förbättring sedan juni – nu över målet",
/// "Inga tecken på förändring ännu (12 mätningar)". The rule's name and numbers are in <see cref="Details"/>, never in
/// <see cref="Text"/>. Made by <see cref="For(MeasureDefinition, RunChartAnalysis)"/>; the status card, the newsletter
/// and the digest share it.
/// </summary>
/// <param name="Signal">The signal the headline is about; null when it is about no signal.</param>
/// <param name="Ongoing">The change reaches the latest measurement (a shift whose later points are all on the median counts).</param>
/// <param name="Since">The first measurement of the change.</param>
/// <param name="Until">The last measurement of the change (the latest one when <paramref name="Ongoing"/>).</param>
/// <param name="GoalReached">The latest value meets the goal; null without a goal or values.</param>
public sealed record MeasureHeadline(
    HeadlineKind Kind,
    HeadlineVerdict Verdict,
    int Direction,
    bool Ongoing,
    DateOnly? Since,
    DateOnly? Until,
    bool? GoalReached,
    Signal? Signal,
    RunChartAnalysis Analysis,
    HeadlineMeasure Measure)
{
    /// <summary>The details name the latest few signals and count the rest.</summary>
    public const int SignalsInDetails = 3;

    public int Points => Analysis.Points.Count;

    /// <summary>A signal worth someone's attention: a change the wrong way that still holds, or values that alternate too much.</summary>
    public bool NeedsAttention => (Verdict == HeadlineVerdict.Bad && Ongoing) || Kind == HeadlineKind.Alternating;

    /// <summary>The headline reads a signal, not "no change" or "too early".</summary>
    public bool IsChange => Kind is not (HeadlineKind.NoValues or HeadlineKind.TooFewPoints or HeadlineKind.NoChange);

    public static MeasureHeadline For(MeasureDefinition measure, RunChartAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return For(new HeadlineMeasure(measure.Unit, measure.CountNoun, measure.HigherIsBetter, measure.GoalValue), analysis);
    }

    public static MeasureHeadline For(HeadlineMeasure measure, RunChartAnalysis analysis) => HeadlineReading.Read(measure, analysis);

    /// <summary>
    /// The signals a chart marks: the one a headline is about and those that reach into it. An earlier shift on the
    /// other side of the median is mostly the same change seen from its start; marking it too would mark nearly every
    /// point and say nothing. Runs signals are about the whole chart and are left to the text.
    /// </summary>
    public static IReadOnlyList<Signal> SignalsToMark(RunChartAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (HeadlineReading.Lead(analysis) is not { } lead) return [];
        return analysis.Signals.Where(s => s.Kind is not (SignalKind.TooFewRuns or SignalKind.TooManyRuns or SignalKind.FewCrossings) && s.To >= lead.From).ToList();
    }

    /// <summary>The headline in the reader's language.</summary>
    public string Text(Language language) => HeadlineText.Write(this, language);

    /// <summary>The rules behind it, one line each: the latest few signals, "… och 1 tidigare signal", or why there is none.</summary>
    public IReadOnlyList<string> Details(Language language)
    {
        var all = Analysis.Signals;
        if (all.Count == 0) return [SignalText.None(Analysis, language)];
        var lines = Analysis.Latest(SignalsInDetails).Select(s => SignalText.Describe(s, Analysis, language, Measure.Unit)).ToList();
        if (all.Count > SignalsInDetails)
        {
            var earlier = all.Count - SignalsInDetails;
            lines.Add(language.Pick(
                $"… och {Plural.Of(earlier, "tidigare signal", "tidigare signaler", language)}.",
                $"… and {Plural.Of(earlier, "earlier signal", "earlier signals", language)}."));
        }
        return lines;
    }
}

/// <summary>What a headline needs to know of its measure: how a count is named, which way is better, the goal.</summary>
public sealed record HeadlineMeasure(string Unit, string? CountNoun, bool HigherIsBetter, decimal? Goal);
