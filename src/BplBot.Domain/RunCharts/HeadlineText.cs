using BplBot.Domain.Measures;
using BplBot.Domain.Text;

namespace BplBot.Domain.RunCharts;

/// <summary>
/// The headline's words. A good change says "förbättring"; a bad one says what happened in the measure's own words
/// ("Färre hembesök", "Lägre andel") and then "åt fel håll". A reached goal is added at the end.
/// </summary>
internal static class HeadlineText
{
    public static string Write(MeasureHeadline h, Language l)
    {
        var core = h.Kind switch
        {
            HeadlineKind.NoValues => l.Pick("Inga mätningar än", "No measurements yet"),
            HeadlineKind.TooFewPoints => l.Pick(
                $"För tidigt att se en förändring ({Measurements(h.Points, l)}, minst {RunChartOptions.MinimumPoints} behövs)",
                $"Too early to see a change ({Measurements(h.Points, l)}, at least {RunChartOptions.MinimumPoints} needed)"),
            HeadlineKind.NoChange => l.Pick($"Inga tecken på förändring ännu ({Measurements(h.Points, l)})", $"No sign of change yet ({Measurements(h.Points, l)})"),
            HeadlineKind.ChangeWithoutDirection => l.Pick(
                $"Tecken på förändring, men ingen tydlig riktning ännu ({Measurements(h.Points, l)})",
                $"Signs of change, but no clear direction yet ({Measurements(h.Points, l)})"),
            HeadlineKind.Alternating => l.Pick(
                "Värdena växlar upp och ner mer än slumpen ger – mäts det på samma sätt varje gång?",
                "The values swing up and down more than chance would – is it measured the same way each time?"),
            _ => h.Ongoing ? Ongoing(h, l) : Ended(h, l),
        };
        if (h.GoalReached != true) return core;
        var goal = GoalSide(h, l);
        return h.Verdict == HeadlineVerdict.Bad && h.Ongoing ? core + l.Pick($", men {goal}", $", but {goal}") : $"{core} – {l.Pick("nu", "now")} {goal}";
    }

    private static string Ongoing(MeasureHeadline h, Language l)
    {
        var latest = h.Until!.Value;
        var since = Months.Name(h.Since!.Value, l, latest);
        var wrongWay = l.Pick(" – åt fel håll", " – in the wrong direction");
        return (h.Kind, h.Verdict == HeadlineVerdict.Good) switch
        {
            (HeadlineKind.Shift, true) => l.Pick($"Tydlig förbättring sedan {since}", $"Clear improvement since {since}"),
            (HeadlineKind.Shift, false) => l.Pick($"{Level(h, l)} sedan {since}", $"{Level(h, l)} since {since}") + wrongWay,
            (HeadlineKind.Trend, true) => l.Pick($"Stadig förbättring sedan {since}", $"Steady improvement since {since}"),
            (HeadlineKind.Trend, false) => l.Pick($"{Moving(h, l)} sedan {since}", $"{Moving(h, l)} since {since}") + wrongWay,
            (_, true) => l.Pick($"Ovanligt bra värde i {Months.Name(latest, l, latest)}", $"An unusually good value in {Months.Name(latest, l, latest)}"),
            _ => l.Pick($"{Unusual(h, l)} i {Months.Name(latest, l, latest)}", $"{Unusual(h, l)} in {Months.Name(latest, l, latest)}") + wrongWay,
        };
    }

    /// <summary>A change that no longer holds: said with its months, and that the latest measurements do not show it.</summary>
    private static string Ended(MeasureHeadline h, Language l)
    {
        var span = Months.Span(h.Since!.Value, h.Until!.Value, l);
        var good = h.Verdict == HeadlineVerdict.Good;
        if (h.Kind == HeadlineKind.UnusualPoint)
            return good
                ? l.Pick($"Ovanligt bra värde i {span}", $"An unusually good value in {span}")
                : l.Pick($"{Unusual(h, l)} i {span} (åt fel håll)", $"{Unusual(h, l)} in {span} (in the wrong direction)");
        var what = good
            ? l.Pick($"Förbättring {span}", $"Improvement {span}")
            : l.Pick($"{(h.Kind == HeadlineKind.Trend ? Moving(h, l) : Level(h, l))} {span} (åt fel håll)",
                $"{(h.Kind == HeadlineKind.Trend ? Moving(h, l) : Level(h, l))} {span} (in the wrong direction)");
        return what + l.Pick(", men inte de senaste mätningarna", ", but not in the latest measurements");
    }

    /// <summary>"Fler hembesök", "Lägre andel", "Högre värden": where the values are, in the measure's words.</summary>
    private static string Level(MeasureHeadline h, Language l)
    {
        var up = h.Direction > 0;
        if (Noun(h, l) is { } noun) return $"{(up ? "Fler" : "Färre")} {noun}";
        if (MeasureUnits.IsPercent(h.Measure.Unit)) return up ? l.Pick("Högre andel", "A higher share") : l.Pick("Lägre andel", "A lower share");
        return up ? l.Pick("Högre värden", "Higher values") : l.Pick("Lägre värden", "Lower values");
    }

    /// <summary>"Allt färre hembesök", "Sjunkande värden": which way the values keep going.</summary>
    private static string Moving(MeasureHeadline h, Language l)
    {
        var up = h.Direction > 0;
        if (Noun(h, l) is { } noun) return $"Allt {(up ? "fler" : "färre")} {noun}";
        if (MeasureUnits.IsPercent(h.Measure.Unit)) return up ? l.Pick("Allt högre andel", "A rising share") : l.Pick("Allt lägre andel", "A falling share");
        return up ? l.Pick("Stigande värden", "Rising values") : l.Pick("Sjunkande värden", "Falling values");
    }

    /// <summary>"Ovanligt många hembesök", "Ovanligt låg andel", "Ovanligt högt värde".</summary>
    private static string Unusual(MeasureHeadline h, Language l)
    {
        var up = h.Direction > 0;
        if (Noun(h, l) is { } noun) return $"Ovanligt {(up ? "många" : "få")} {noun}";
        if (MeasureUnits.IsPercent(h.Measure.Unit))
            return up ? l.Pick("Ovanligt hög andel", "An unusually high share") : l.Pick("Ovanligt låg andel", "An unusually low share");
        return up ? l.Pick("Ovanligt högt värde", "An unusually high value") : l.Pick("Ovanligt lågt värde", "An unusually low value");
    }

    /// <summary>The count's noun ("hembesök"): Swedish only, as the network names it.</summary>
    private static string? Noun(MeasureHeadline h, Language l) =>
        l == Language.Swedish && MeasureUnits.IsCount(h.Measure.Unit) && !string.IsNullOrWhiteSpace(h.Measure.CountNoun) ? h.Measure.CountNoun.Trim() : null;

    private static string GoalSide(MeasureHeadline h, Language l)
    {
        var latest = h.Analysis.Points[^1].Value;
        if (latest == h.Measure.Goal) return l.Pick("på målet", "at the goal");
        return h.Measure.HigherIsBetter ? l.Pick("över målet", "above the goal") : l.Pick("under målet", "below the goal");
    }

    private static string Measurements(int count, Language l) => Plural.Of(count, l.Pick("mätning", "measurement"), l.Pick("mätningar", "measurements"), l);
}
