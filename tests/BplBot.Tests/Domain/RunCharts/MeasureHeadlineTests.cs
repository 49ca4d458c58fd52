using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;

namespace BplBot.Tests.Domain.RunCharts;

/// <summary>One plain line per measure, read from its run chart: each signal kind, direction, goal, too few points, sv and en.</summary>
public sealed class MeasureHeadlineTests
{
    private static readonly HeadlineMeasure HomeVisits = new("antal", "hembesök", HigherIsBetter: true, Goal: null);
    private static readonly HeadlineMeasure Share = new("%", null, HigherIsBetter: true, Goal: null);
    private static readonly HeadlineMeasure Minutes = new("minuter", null, HigherIsBetter: false, Goal: null);

    /// <summary>One value a month from January 2026.</summary>
    private static MeasureHeadline Read(HeadlineMeasure measure, params double[] values) => Read(measure, RunChartRules.Ihi, values);

    private static MeasureHeadline Read(HeadlineMeasure measure, RunChartRules rules, params double[] values) => MeasureHeadline.For(measure,
        RunChartAnalyzer.Analyze(values.Select((v, i) => new RunChartPoint(new DateOnly(2026, 1, 28).AddMonths(i), (decimal)v)), measure.HigherIsBetter, new RunChartOptions(rules)));

    private static void Says(MeasureHeadline h, string swedish, string english)
    {
        Assert.Equal(swedish, h.Text(Language.Swedish));
        Assert.Equal(english, h.Text(Language.English));
    }

    [Fact]
    public void Shift_TheGoodWay_StillHolding_SaysSinceWhen_AndTheReachedGoal()
    {
        var h = Read(HomeVisits with { Goal = 8 }, 3, 4, 3, 4, 3, 4, 8, 9, 8, 9, 8, 9);

        Says(h, "Tydlig förbättring sedan juli – nu över målet", "Clear improvement since July – now above the goal");
        Assert.Equal((HeadlineKind.Shift, HeadlineVerdict.Good, true, true), (h.Kind, h.Verdict, h.Ongoing, h.GoalReached));
        Assert.Equal(new DateOnly(2026, 7, 28), h.Since);
        Assert.False(h.NeedsAttention);
        Assert.DoesNotContain("Skift", h.Text(Language.Swedish), StringComparison.Ordinal);
        Assert.Contains(h.Details(Language.Swedish), d => d.StartsWith("Skift: 6 punkter i rad över medianen (jul 2026–dec 2026)", StringComparison.Ordinal));
    }

    [Fact]
    public void Shift_TheWrongWay_NamesWhatIsCounted_AndNeedsAttention()
    {
        var h = Read(HomeVisits, 8, 9, 8, 9, 8, 9, 3, 4, 3, 4, 3, 4);

        Says(h, "Färre hembesök sedan juli – åt fel håll", "Lower values since July – in the wrong direction");
        Assert.Equal(HeadlineVerdict.Bad, h.Verdict);
        Assert.True(h.NeedsAttention);
        Assert.Equal("Färre hembesök sedan juli – åt fel håll, men över målet", (Read(HomeVisits with { Goal = 3 }, 8, 9, 8, 9, 8, 9, 3, 4, 3, 4, 3, 4)).Text(Language.Swedish));
    }

    [Fact]
    public void Shift_ForAShare_OrABareUnit_UsesNeutralWords()
    {
        Says(Read(Share, 8, 9, 8, 9, 8, 9, 3, 4, 3, 4, 3, 4), "Lägre andel sedan juli – åt fel håll", "A lower share since July – in the wrong direction");
        // Lower is better: a shift up is the wrong way, a shift down the good one.
        Says(Read(Minutes, 3, 4, 3, 4, 3, 4, 8, 9, 8, 9, 8, 9), "Högre värden sedan juli – åt fel håll", "Higher values since July – in the wrong direction");
        Says(Read(Minutes, 8, 9, 8, 9, 8, 9, 3, 4, 3, 4, 3, 4), "Tydlig förbättring sedan juli", "Clear improvement since July");
    }

    [Fact]
    public void Shift_ThatEnded_SaysItsMonths_AndThatTheLatestDoNotShowIt()
    {
        // Six low values, then higher ones that cross the median: the early shift no longer holds.
        var h = Read(HomeVisits, 1, 2, 1, 2, 1, 2, 9, 5, 9, 9, 5, 9, 9, 5);

        Assert.Equal((HeadlineKind.Shift, false), (h.Kind, h.Ongoing));
        Says(h, "Färre hembesök januari–juni 2026 (åt fel håll), men inte de senaste mätningarna",
            "Lower values January–June 2026 (in the wrong direction), but not in the latest measurements");
        Assert.False(h.NeedsAttention);
        Says(Read(Minutes, 1, 2, 1, 2, 1, 2, 9, 5, 9, 9, 5, 9, 9, 5), "Förbättring januari–juni 2026, men inte de senaste mätningarna",
            "Improvement January–June 2026, but not in the latest measurements");
    }

    [Fact]
    public void Shift_FromTheYearBefore_SaysTheYear()
    {
        decimal[] values = [3, 4, 3, 4, 3, 4, 8, 9, 8, 9, 8, 9];
        var points = values.Select((v, i) => new RunChartPoint(new DateOnly(2025, 6, 30).AddMonths(i), v));
        var h = MeasureHeadline.For(HomeVisits, RunChartAnalyzer.Analyze(points, higherIsBetter: true));

        Assert.Equal("Tydlig förbättring sedan december 2025", h.Text(Language.Swedish));
        Assert.Equal("Clear improvement since December 2025", h.Text(Language.English));
    }

    [Fact]
    public void AnhoejLongestRun_ReadsAsAShift()
    {
        // 16 points: a run needs more than round(log2(16) + 3) = 7.
        var h = Read(HomeVisits, RunChartRules.Anhoej, 3, 4, 3, 4, 3, 4, 3, 4, 9, 10, 9, 10, 9, 10, 9, 10);
        Assert.Equal((HeadlineKind.Shift, SignalKind.LongestRun), (h.Kind, h.Signal!.Kind));
        Assert.Equal("Tydlig förbättring sedan september 2026", h.Text(Language.Swedish));
    }

    [Fact]
    public void Trend_TheGoodWay_AndTheWrongWay()
    {
        // Thirteen months: the trend began in September 2026 and reaches January 2027.
        Says(Read(Share, 5, 7, 4, 6, 8, 5, 3, 6, 4, 5, 6, 7, 8), "Stadig förbättring sedan september 2026", "Steady improvement since September 2026");
        var falling = Read(HomeVisits, 5, 7, 4, 6, 8, 5, 7, 6, 8, 7, 6, 5, 4);
        Assert.Equal(HeadlineKind.Trend, falling.Kind);
        Says(falling, "Allt färre hembesök sedan september 2026 – åt fel håll", "Falling values since September 2026 – in the wrong direction");
        Assert.True(falling.NeedsAttention);
    }

    [Fact]
    public void Trend_TurningAgainstAShift_IsTheNews()
    {
        var h = Read(HomeVisits, 1, 2, 1, 2, 1, 2, 15, 14, 13, 12, 11, 10);

        Assert.Equal((HeadlineKind.Trend, HeadlineVerdict.Bad), (h.Kind, h.Verdict));
        Assert.Equal("Allt färre hembesök sedan juli – åt fel håll", h.Text(Language.Swedish));
    }

    [Fact]
    public void UnusualPoint_AtTheEnd_TheGoodWay_AndTheWrongWay()
    {
        Says(Read(Share, 50, 52, 49, 51, 50, 48, 51, 49, 50, 52, 90), "Ovanligt bra värde i november", "An unusually good value in November");
        Says(Read(Minutes, 50, 52, 49, 51, 50, 48, 51, 49, 50, 52, 90), "Ovanligt högt värde i november – åt fel håll", "An unusually high value in November – in the wrong direction");
        Assert.Equal("Ovanligt många hembesök i november – åt fel håll",
            Read(HomeVisits with { HigherIsBetter = false }, 50, 52, 49, 51, 50, 48, 51, 49, 50, 52, 90).Text(Language.Swedish));
    }

    [Fact]
    public void UnusualPoint_EarlierOn_SaysWhen()
    {
        var h = Read(HomeVisits, 50, 52, 49, 51, 50, 48, 10, 51, 49, 50, 52, 50);
        Assert.Equal((HeadlineKind.UnusualPoint, false), (h.Kind, h.Ongoing));
        Says(h, "Ovanligt få hembesök i juli 2026 (åt fel håll)", "An unusually low value in July 2026 (in the wrong direction)");
        Assert.False(h.NeedsAttention);
    }

    [Fact]
    public void NoSignal_SaysSoWithTheNumberOfMeasurements()
    {
        var h = Read(HomeVisits, 5, 7, 4, 6, 8, 5, 3, 6, 7, 4, 6, 5);

        Says(h, "Inga tecken på förändring ännu (12 mätningar)", "No sign of change yet (12 measurements)");
        Assert.Equal((HeadlineKind.NoChange, HeadlineVerdict.None, false), (h.Kind, h.Verdict, h.IsChange));
        Assert.Equal(["Inga signaler: variationen ser slumpmässig ut."], h.Details(Language.Swedish));
        Assert.Equal("Inga tecken på förändring ännu (12 mätningar) – nu över målet",
            Read(HomeVisits with { Goal = 4 }, 5, 7, 4, 6, 8, 5, 3, 6, 7, 4, 6, 5).Text(Language.Swedish));
        Assert.Equal("No sign of change yet (12 measurements) – now at the goal",
            Read(Minutes with { Goal = 5 }, 5, 7, 4, 6, 8, 5, 3, 6, 7, 4, 6, 5).Text(Language.English));
    }

    [Fact]
    public void TooFewPoints_OrNone_SaysItIsTooEarly_WithPluralsRight()
    {
        Says(Read(HomeVisits, 5, 7, 4, 6), "För tidigt att se en förändring (4 mätningar, minst 10 behövs)", "Too early to see a change (4 measurements, at least 10 needed)");
        Says(Read(HomeVisits, 5), "För tidigt att se en förändring (1 mätning, minst 10 behövs)", "Too early to see a change (1 measurement, at least 10 needed)");
        Says(Read(HomeVisits), "Inga mätningar än", "No measurements yet");
        var reached = Read(HomeVisits with { Goal = 6 }, 5, 7);
        Assert.True(reached.GoalReached);
        Assert.EndsWith("– nu över målet", reached.Text(Language.Swedish), StringComparison.Ordinal);
        Assert.Null(Read(HomeVisits).GoalReached);
        Assert.False(Read(HomeVisits with { Goal = 8 }, 5, 7).GoalReached);
    }

    [Fact]
    public void ValuesThatAlternate_AskHowTheyAreMeasured()
    {
        var h = Read(HomeVisits, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9);
        Assert.Equal(HeadlineKind.Alternating, h.Kind);
        Says(h, "Värdena växlar upp och ner mer än slumpen ger – mäts det på samma sätt varje gång?",
            "The values swing up and down more than chance would – is it measured the same way each time?");
        Assert.True(h.NeedsAttention);
        Assert.StartsWith("För många serier: 12", Assert.Single(h.Details(Language.Swedish)), StringComparison.Ordinal);
    }

    [Fact]
    public void TooFewRuns_WithoutAShiftOrTrend_IsAChangeWithoutDirection()
    {
        var h = Read(HomeVisits, 9, 8, 9, 8, 9, 1, 2, 1, 2, 1, 9, 8, 9, 8, 9, 1, 2, 1, 2, 1);
        Assert.Equal((HeadlineKind.ChangeWithoutDirection, HeadlineVerdict.None), (h.Kind, h.Verdict));
        Says(h, "Tecken på förändring, men ingen tydlig riktning ännu (20 mätningar)", "Signs of change, but no clear direction yet (20 measurements)");
    }

    [Fact]
    public void Details_CountTheEarlierSignals_WithPluralsRight()
    {
        // Shift down, shift up, too few runs and an unusual point: four signals, three shown.
        var four = Read(HomeVisits, 3, 4, 3, 4, 3, 4, 8, 9, 8, 9, 8, 30);
        Assert.Equal(4, four.Analysis.Signals.Count);
        Assert.Equal("… och 1 tidigare signal.", four.Details(Language.Swedish)[^1]);
        Assert.Equal("… and 1 earlier signal.", four.Details(Language.English)[^1]);

        var five = Read(HomeVisits, 3, 4, 3, 4, 3, 4, 8, 9, 10, 11, 12, 40);
        Assert.Equal(5, five.Analysis.Signals.Count);
        Assert.Equal("… och 2 tidigare signaler.", five.Details(Language.Swedish)[^1]);
        Assert.Equal("… and 2 earlier signals.", five.Details(Language.English)[^1]);
    }

    [Fact]
    public void SignalsToMark_AreTheHeadlinesAndWhatReachesIntoIt_NotTheEarlierMirrorShift()
    {
        var h = Read(HomeVisits, 3, 4, 3, 4, 3, 4, 8, 9, 8, 9, 8, 30);

        var marked = MeasureHeadline.SignalsToMark(h.Analysis);
        Assert.Equal([(SignalKind.Shift, 6), (SignalKind.Astronomical, 11)], marked.Select(s => (s.Kind, s.From)));
        Assert.Contains(h.Analysis.Signals, s => s.Kind == SignalKind.Shift && s.From == 0);
        Assert.Empty(MeasureHeadline.SignalsToMark(Read(HomeVisits, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9).Analysis));
    }

    [Fact]
    public void Plural_AgreesWithTheNumber()
    {
        Assert.Equal("1 signal", Plural.Of(1, "signal", "signaler", Language.Swedish));
        Assert.Equal("2 signaler", Plural.Of(2, "signal", "signaler", Language.Swedish));
        Assert.Equal("0 mätningar", Plural.Of(0, "mätning", "mätningar", Language.Swedish));
        Assert.Equal("1 234 mätningar", Plural.Of(1234, "mätning", "mätningar", Language.Swedish));
    }

    [Fact]
    public void Months_AreWrittenTheSwedishWay()
    {
        Assert.Equal("dec 2026", Months.Abbreviated(new DateOnly(2026, 12, 1), Language.Swedish));
        Assert.Equal("jun 2026", Months.Abbreviated(new DateOnly(2026, 6, 1), Language.Swedish));
        Assert.Equal("Dec 2026", Months.Abbreviated(new DateOnly(2026, 12, 1), Language.English));
        Assert.Equal("november 2025–mars 2026", Months.Span(new DateOnly(2025, 11, 1), new DateOnly(2026, 3, 1), Language.Swedish));
    }
}
