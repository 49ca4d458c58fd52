using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Newsletter;
using BplBot.Domain.Rating;
using BplBot.Domain.RunCharts;

namespace BplBot.Tests.Domain.Newsletter;

/// <summary>A team's report in the newsletter's words: given a report, the sentences a coordinator would keep.</summary>
public sealed class NewsletterProseTests
{
    private static readonly DateOnly MeetingDay = new(2027, 1, 5);
    private static readonly ImprovementTeam Nassjo = new("nassjo", "Stärkt föräldraskapsstöd i Nässjö", "Nässjö", "Nässjö", FocusArea.MentalHealth,
        "Fler familjer får tidigt stöd genom gemensamma hembesök.");

    private static TeamCheckIn Report(decimal rating, string reason, string tested = "", string learned = "", string next = "") =>
        new(1, 9, null, new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.Zero), new CheckInContent(rating, reason, [], tested, learned, next, null));

    private static IReadOnlyList<string> Paragraphs(TeamReport report, params MeasureReading[] measures) =>
        TeamProse.Paragraphs(report, ImprovementScale.Default, measures, MeetingDay);

    /// <summary>A measure with one value a month, January to December 2026.</summary>
    private static MeasureReading Measure(string name, string unit, decimal? goal, int threshold, params double[] values)
    {
        var m = new MeasureDefinition(1, name, name, unit, MeasureKind.Process, higherIsBetter: true);
        m.SetGoal(goal, null);
        for (var i = 0; i < values.Length; i++) m.Record(new DateOnly(2026, 1, 28).AddMonths(i), (decimal)values[i], DateTimeOffset.UnixEpoch);
        var analysis = RunChartAnalyzer.Analyze(m.Values.Select(v => new RunChartPoint(v.Date, v.Value)), true);
        var small = m.IsCount && m.Values.Any(v => SmallCounts.IsHidden(v.Value, threshold));
        return new MeasureReading(m, analysis, MeasureHeadline.For(m, analysis), small, threshold);
    }

    [Fact]
    public void FirstReport_WithoutMeasuresOrPgsa_IsOneParagraph_ThatSaysItIsTheFirst_AndQuotesTheReason()
    {
        var paragraphs = Paragraphs(new TeamReport(Nassjo, Report(0.5m, "Vi vill vara med och börjar med en kartläggning."), null, []));

        var only = Assert.Single(paragraphs);
        Assert.Equal("Teamet arbetar med psykisk hälsa: fler familjer får tidigt stöd genom gemensamma hembesök. "
            + "I sin första rapport skattar teamet sig till 0,5 (avsikt att delta). "
            + "\u201DVi vill vara med och börjar med en kartläggning\u201D, skriver de.", only);
    }

    [Fact]
    public void ARatingThatFell_SaysHowFar_AndTheStepItIsOnNow()
    {
        var report = new TeamReport(Nassjo, Report(2.5m, "Vi tappade fart under hösten"), Report(3.0m, "Bra fart"), []);

        Assert.Equal("Teamet skattar sig nu till 2,5 (förändringar testas, ingen förbättring ännu), ett halvt steg lägre än förra gången.",
            TeamProse.Rating(report, ImprovementScale.Default));
    }

    [Theory]
    [InlineData(3.0, 3.0, "Teamet skattar sig till 3,0 (måttlig förbättring), samma som förra gången.")]
    [InlineData(3.5, 2.5, "Teamet skattar sig nu till 3,5 (förbättring), ett steg högre än förra gången.")]
    [InlineData(4.0, 2.5, "Teamet skattar sig nu till 4,0 (betydande förbättring), ett och ett halvt steg högre än förra gången.")]
    public void ARatingThatStayedOrRose_ReadsAsItMoved(double now, double before, string expected) =>
        Assert.Equal(expected, TeamProse.Rating(new TeamReport(Nassjo, Report((decimal)now, "x"), Report((decimal)before, "y"), []), ImprovementScale.Default));

    [Fact]
    public void ATeamThatSkippedTheLastMeeting_IsComparedWithItsLastReport()
    {
        var report = new TeamReport(Nassjo, Report(2.0m, "x"), null, []) { Earlier = new EarlierRating(1.0m, 6) };

        Assert.Equal("Teamet skattar sig nu till 2,0 (aktivitet, inga förändringar), ett steg högre än inför träff 6, då de rapporterade senast.",
            TeamProse.Rating(report, ImprovementScale.Default));
    }

    [Fact]
    public void Pgsa_IsThreeSentences_InTheTeamsOwnWords_WithAQuestionKeptAsOne()
    {
        var report = new TeamReport(Nassjo, Report(3.0m, "Hur får vi fler att stanna?", "Kuratorn erbjuder uppföljning vid besöket.",
            "Ett konkret erbjudande gör att fler tackar ja", "Fortsätta över sommaren"), Report(2.5m, "y"), []);

        var text = Assert.Single(Paragraphs(report));
        Assert.Contains("\u201DHur får vi fler att stanna?\u201D skriver de.", text, StringComparison.Ordinal);
        Assert.Contains("Sedan förra träffen har de testat: \u201DKuratorn erbjuder uppföljning vid besöket\u201D.", text, StringComparison.Ordinal);
        Assert.Contains("De har lärt sig: \u201DEtt konkret erbjudande gör att fler tackar ja\u201D.", text, StringComparison.Ordinal);
        Assert.EndsWith("Som nästa steg planerar de: \u201DFortsätta över sommaren\u201D.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoalReached_AndAClearImprovement_AreSaidInSentences_WithTheValueAndTheGoal()
    {
        var visits = Measure("Gemensamma hembesök", "antal", 8, 0, 3, 4, 3, 4, 3, 4, 8, 9, 8, 9, 8, 9);

        var paragraphs = Paragraphs(new TeamReport(Nassjo, Report(3.5m, "x"), Report(3.0m, "y"), []), visits);

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("De mäter gemensamma hembesök. I december 2026 blev det 9 gemensamma hembesök, över målet 8. "
            + "Det är en tydlig förbättring sedan juli.", paragraphs[1]);
    }

    [Fact]
    public void Shares_AreNamedWhenThereAreSeveral_AndTheOnlyOneIsTheShare()
    {
        var visits = Measure("Gemensamma hembesök", "antal", 20, 0, 10, 12, 11, 13);
        var contact = Measure("Hembesök som leder till vidare kontakt med kurator", "%", 40, 0, 25, 28.5, 27, 31.25);

        var two = Paragraphs(new TeamReport(Nassjo, Report(3.0m, "x"), null, []), visits, contact)[1];
        Assert.Equal("De mäter gemensamma hembesök och hembesök som leder till vidare kontakt med kurator. "
            + "I april 2026 blev det 13 gemensamma hembesök, målet är 20. "
            + "Mätningarna har just börjat, så det är för tidigt att se en förändring (4 mätningar hittills). "
            + "Andelen hembesök som leder till vidare kontakt med kurator låg på 31,3 % i april 2026, målet är 40 %. "
            + "Mätningarna har just börjat, så det är för tidigt att se en förändring (4 mätningar hittills).", two);

        var one = Paragraphs(new TeamReport(Nassjo, Report(3.0m, "x"), null, []), contact)[1];
        Assert.StartsWith("De mäter hembesök som leder till vidare kontakt med kurator. I april 2026 låg andelen på 31,3 %, målet är 40 %.", one, StringComparison.Ordinal);
    }

    [Fact]
    public void NoChange_AndAChangeTheWrongWay_ReadPlainly()
    {
        var flat = Measure("Närvaro åk 7–9", "%", 95, 0, 85, 87, 84, 86, 88, 85, 83, 86, 87, 84, 86, 85);
        Assert.Equal("Än syns ingen tydlig förändring i de tolv mätningarna.", MeasureProse.Change(flat));

        var falling = Measure("Gemensamma hembesök", "antal", null, 0, 8, 9, 8, 9, 8, 9, 3, 4, 3, 4, 3, 4);
        Assert.Equal("Sedan juli ligger värdena lägre än tidigare, en förändring åt fel håll.", MeasureProse.Change(falling));
    }

    [Fact]
    public void SmallCounts_AreWrittenAsBelowTheThreshold_AndASingleUnusualValueIsLeftOut()
    {
        var answers = Measure("Svar på föräldraenkäten", "antal", null, 5, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 3);

        var sentences = MeasureProse.Sentences(answers, MeetingDay).ToList();

        Assert.Equal(["I december 2026 blev det färre än 5 svar på föräldraenkäten."], sentences);
    }

    [Fact]
    public void TheProse_NamesNoRule_AndNeverSpeaksToTheTeam()
    {
        var measures = new[]
        {
            Measure("Gemensamma hembesök", "antal", 8, 0, 3, 4, 3, 4, 3, 4, 8, 9, 8, 9, 8, 9),
            Measure("Besök", "antal", null, 0, 8, 9, 8, 9, 8, 9, 3, 4, 3, 4, 3, 4),
            Measure("Andel", "%", null, 0, 10, 20, 10, 20, 10, 20, 10, 20, 10, 20, 10, 20),
            Measure("Steg", "antal", null, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 30),
        };
        var text = string.Join(" ", Paragraphs(new TeamReport(Nassjo, Report(3.0m, "x", "a", "b", "c"), Report(2.5m, "y"), []), measures));

        foreach (var word in new[] { "skift", "trend", "serier", "avvikande", "signal", "median", "styrdiagram" })
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\b[Nn]i\b", text);
    }
}
