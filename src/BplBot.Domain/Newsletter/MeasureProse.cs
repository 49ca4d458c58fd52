using BplBot.Domain.Measures;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;

namespace BplBot.Domain.Newsletter;

/// <summary>A measure as the newsletter reads it: the points up to the meeting, their headline, and whether its counts are too small to show.</summary>
public sealed record MeasureReading(MeasureDefinition Measure, RunChartAnalysis Analysis, MeasureHeadline Headline, bool SmallCounts, int Threshold)
{
    public RunChartPoint Latest => Analysis.Points[^1];
}

/// <summary>
/// A measure in the newsletter's words: "I september blev det 15 gemensamma hembesök, målet är 20. Det är en tydlig
/// förbättring sedan juni." The headline's reading (which change, since when, which way) in sentences, with no rule
/// names; a count under the network's threshold is written "färre än 5", and a single unusual value of such a measure
/// is left out.
/// </summary>
public static class MeasureProse
{
    private static readonly Language Sv = Language.Swedish;

    /// <summary>"De mäter gemensamma hembesök och hembesök som leder till vidare kontakt med kurator."</summary>
    public static string Intro(IReadOnlyList<MeasureReading> measures) =>
        $"De mäter {ProseText.List(measures.Select(m => ProseText.InSentence(m.Measure.Name)).ToList())}.";

    /// <summary>The latest value with its goal, then what the run chart shows; one or two sentences.</summary>
    /// <param name="only">The team's one measure, just named: "I september låg andelen på 92,6 %" needs no name.</param>
    public static IEnumerable<string> Sentences(MeasureReading m, DateOnly meetingDay, bool only = false)
    {
        yield return ValueSentence(m, meetingDay, only);
        if (Change(m) is { } change) yield return change;
    }

    private static string ValueSentence(MeasureReading m, DateOnly meetingDay, bool only)
    {
        var d = m.Measure;
        var month = Months.Name(m.Latest.Date, Sv, meetingDay);
        var goal = Goal(m, meetingDay);
        if (d.IsCount)
        {
            return $"I {month} blev det {Value(m, m.Latest.Value)} {ProseText.InSentence(d.Name)}{goal}.";
        }
        if (only) return $"I {month} låg {(d.IsPercentage ? "andelen" : "värdet")} på {Value(m, m.Latest.Value)}{goal}.";
        return d.IsPercentage
            ? $"Andelen {ProseText.InSentence(d.Name)} låg på {Value(m, m.Latest.Value)} i {month}{goal}."
            : $"{d.Name.Trim()} låg på {Value(m, m.Latest.Value)} i {month}{goal}.";
    }

    /// <summary>", över målet 20", ", på målet 20", ", målet är 95 % till juni 2027".</summary>
    private static string Goal(MeasureReading m, DateOnly meetingDay)
    {
        if (m.Measure.GoalValue is not { } goal) return string.Empty;
        var text = Value(m, goal);
        if (m.Headline.GoalReached == true)
            return m.Latest.Value == goal ? $", på målet {text}" : m.Measure.HigherIsBetter ? $", över målet {text}" : $", under målet {text}";
        var by = m.Measure.GoalDate is { } date ? $" till {Months.Name(date, Sv, meetingDay)}" : string.Empty;
        return $", målet är {text}{by}";
    }

    private static string Value(MeasureReading m, decimal value)
    {
        var d = m.Measure;
        if (d.IsPercentage) return $"{SwedishNumbers.Number(Math.Round(value, 1, MidpointRounding.AwayFromZero))} %";
        if (d.IsCount) return SmallCounts.IsHidden(value, m.Threshold) ? $"färre än {m.Threshold}" : SwedishNumbers.Number(value);
        return $"{SwedishNumbers.Number(Math.Round(value, 2, MidpointRounding.AwayFromZero))} {d.Unit}";
    }

    /// <summary>What the run chart shows, as a sentence about "it" (the measure just named); null when there is nothing to say.</summary>
    public static string? Change(MeasureReading m)
    {
        var h = m.Headline;
        var up = h.Direction > 0;
        switch (h.Kind)
        {
            case HeadlineKind.NoValues:
                return null;
            case HeadlineKind.TooFewPoints:
                return $"Mätningarna har just börjat, så det är för tidigt att se en förändring ({Plural.Of(h.Points, "mätning", "mätningar", Sv)} hittills).";
            case HeadlineKind.NoChange:
                return $"Än syns ingen tydlig förändring i de {SwedishNumbers.Word(h.Points, neuter: false)} mätningarna.";
            case HeadlineKind.ChangeWithoutDirection:
                return "Värdena har förändrats, men ännu utan en tydlig riktning.";
            case HeadlineKind.Alternating:
                return "Värdena växlar upp och ner mer än slumpen brukar ge, så mätsättet kan behöva ses över.";
            case HeadlineKind.UnusualPoint when m.SmallCounts:
                return null; // one unusual small count could point at a child
        }
        var good = h.Verdict == HeadlineVerdict.Good;
        if (h.Ongoing)
        {
            var since = Months.Name(h.Since!.Value, Sv, h.Until!.Value);
            return (h.Kind, good) switch
            {
                (HeadlineKind.Shift, true) => $"Det är en tydlig förbättring sedan {since}.",
                (HeadlineKind.Shift, false) => $"Sedan {since} ligger värdena {(up ? "högre" : "lägre")} än tidigare, en förändring åt fel håll.",
                (HeadlineKind.Trend, true) => $"Det har blivit stadigt bättre sedan {since}.",
                (HeadlineKind.Trend, false) => $"Sedan {since} har värdena {(up ? "stigit" : "sjunkit")} stadigt, åt fel håll.",
                (_, true) => "Det senaste värdet är ovanligt bra.",
                _ => $"Det senaste värdet är ovanligt {(up ? "högt" : "lågt")}, åt fel håll.",
            };
        }
        var span = Months.Span(h.Since!.Value, h.Until!.Value, Sv);
        return (h.Kind, good) switch
        {
            (HeadlineKind.UnusualPoint, true) => $"I {span} kom ett ovanligt bra värde.",
            (HeadlineKind.UnusualPoint, false) => $"I {span} kom ett ovanligt {(up ? "högt" : "lågt")} värde.",
            (_, true) => $"Under {span} syntes en tydlig förbättring, men inte i de senaste mätningarna.",
            (HeadlineKind.Trend, false) => $"Under {span} {(up ? "steg" : "sjönk")} värdena stadigt, men inte i de senaste mätningarna.",
            _ => $"Under {span} låg värdena {(up ? "högre" : "lägre")} än vanligt, men inte i de senaste mätningarna.",
        };
    }
}
