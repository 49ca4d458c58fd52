using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Newsletter;
using BplBot.Domain.Rating;

namespace BplBot.Tests.Domain.Newsletter;

/// <summary>The self-rating round in sentences, the numbers in words, and a draft for a meeting not yet held.</summary>
public sealed class NewsletterOverviewTests
{
    private static NetworkOverview Overview(int teams, decimal? previousMedian, params decimal[] ratings)
    {
        var buckets = ImprovementScale.Default.Steps.Select(s => new RatingBucket(s.Score, s.Label, ratings.Count(r => r == s.Score))).ToList();
        decimal? median = ratings.Length == 0 ? null : BplBot.Domain.RunCharts.RunChartAnalyzer.Median(ratings);
        return new NetworkOverview(teams, ratings.Length, buckets, median, previousMedian, null, null);
    }

    private static readonly DateOnly Meeting = new(2026, 10, 6);
    private static readonly DateOnly May = new(2026, 5, 19);

    [Fact]
    public void SevenOfNine_TheMedianAndItsMoveSinceMay_AndTheShares()
    {
        var sentences = OverviewProse.Sentences(Overview(9, 2.5m, 2.0m, 2.5m, 3.0m, 3.0m, 3.0m, 4.0m, 4.5m), Meeting, May, ahead: false);

        Assert.Equal([
            "Sju av nio team rapporterade inför träffen.",
            "Medianen för skattningen är 3,0, ett halvt steg högre än i maj.",
            "Fem av sju team skattar sig till 3,0 eller mer, och två till 4,0 eller mer – nätverkets mått på framgång.",
        ], sentences);
    }

    [Fact]
    public void AMedianBetweenSteps_SaysWhereItCameFrom_AndAllTeams_AreAll()
    {
        var sentences = OverviewProse.Sentences(Overview(4, 2.0m, 2.5m, 2.5m, 3.0m, 3.0m), Meeting, May, ahead: false);

        Assert.Equal("Alla fyra team rapporterade inför träffen.", sentences[0]);
        Assert.Equal("Medianen för skattningen är 2,75, upp från 2,0 i maj.", sentences[1]);
        Assert.Equal("Två av fyra team skattar sig till 3,0 eller mer, och inget till 4,0 eller mer – nätverkets mått på framgång.", sentences[2]);
    }

    [Fact]
    public void BeforeTheMeeting_ItSaysSoFar_AndWithNoReports_ThereIsNoMedian()
    {
        Assert.Equal("Hittills har ett av sju team rapporterat inför träffen.", OverviewProse.Sentences(Overview(7, null, 3.0m), Meeting, null, ahead: true)[0]);
        Assert.Equal(["Inget team rapporterade inför träffen."], OverviewProse.Sentences(Overview(7, 3.0m), Meeting, May, ahead: false));
    }

    [Theory]
    [InlineData(0.5, "ett halvt steg")]
    [InlineData(1.0, "ett steg")]
    [InlineData(-1.5, "ett och ett halvt steg")]
    [InlineData(2.0, "två steg")]
    [InlineData(0.25, "0,25 steg")]
    public void Steps_AreWords(double difference, string expected) => Assert.Equal(expected, SwedishNumbers.Steps((decimal)difference));

    [Fact]
    public void ADraftForAMeetingNotYetHeld_SaysSoAtTheTop_AndDoesNotSayWeMet()
    {
        var start = new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var meeting = new Meeting(9, start, start.AddHours(6), "Jönköping", "Hållbarhet");
        var team = new ImprovementTeam("vetlanda", "Allaktivitetshus", "Vetlanda", "Vetlanda", FocusArea.PhysicalActivity, "");
        var report = new TeamCheckIn(0, 9, null, start.AddDays(-20), new CheckInContent(2.5m, "Vi har börjat", [], "", "", "", null));
        NewsletterInput Input(DateTimeOffset at) => new("Bästa platsen", meeting, null, [new TeamReport(team, report, null, [])], [], 0, ImprovementScale.Default)
        {
            BuiltAt = at,
        };

        var before = NewsletterComposer.Compose(Input(start.AddDays(-3)));
        Assert.StartsWith("Obs! Träff 9 den 5 januari 2027 har inte ägt rum än.", before.Notice, StringComparison.Ordinal);
        Assert.Equal("Den 5 januari ses vi i det lärande nätverket för nionde gången.", before.Lead);
        Assert.Equal("Hittills har teamet rapporterat inför träffen.", before.OverviewSentences[0]);

        var after = NewsletterComposer.Compose(Input(start.AddDays(1)));
        Assert.Null(after.Notice);
        Assert.Equal("Den 5 januari sågs vi i det lärande nätverket för nionde gången.", after.Lead);
        Assert.Equal("Allaktivitetshus (Vetlanda)", Assert.Single(after.Teams).Heading);
    }
}
