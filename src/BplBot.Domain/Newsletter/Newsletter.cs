using BplBot.Domain.RunCharts;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// The post-meeting newsletter draft as content, in the seed newsletter's order: title, lead, the coordinator's intro
/// (left for them), the network overview in sentences, a section of prose per reporting team with its charts, the
/// teams that did not report, the next meeting and the contact people. Writers turn it into Word, HTML and Markdown;
/// all text here is plain (unescaped).
/// </summary>
/// <param name="Notice">Set when the meeting has not been held yet: the draft says so at the top.</param>
public sealed record Newsletter(
    string Title,
    string Subtitle,
    int MeetingOrdinal,
    DateOnly MeetingDate,
    string? Notice,
    string Lead,
    string IntroPlaceholder,
    NetworkOverview Overview,
    IReadOnlyList<string> OverviewSentences,
    IReadOnlyList<TeamSection> Teams,
    IReadOnlyList<string> NotReported,
    string? NextMeetingLine,
    string? NextMeetingDetails,
    IReadOnlyList<Contact> Contacts)
{
    public string NotReportedHeading => Notice is null ? "Team som inte rapporterade den här gången" : "Team som inte har rapporterat än";
}

/// <summary>The self-rating round across the teams that reported.</summary>
public sealed record NetworkOverview(
    int TeamsInNetwork,
    int TeamsReported,
    IReadOnlyList<RatingBucket> Distribution,
    decimal? Median,
    decimal? PreviousMedian,
    double? ShareAtLeast3,
    double? ShareAtLeast4)
{
    public decimal? MedianChange => Median is { } now && PreviousMedian is { } before ? now - before : null;

    /// <summary>The steps some team chose, for the table (the chart shows the whole scale).</summary>
    public IReadOnlyList<RatingBucket> StepsWithTeams => Distribution.Where(b => b.Teams > 0).ToList();
}

/// <summary>One half step of the scale and how many teams rated themselves there.</summary>
public sealed record RatingBucket(decimal Score, string Label, int Teams);

/// <summary>A reporting team: its heading, one or two paragraphs of prose, and a chart per measure.</summary>
public sealed record TeamSection(string Name, string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<MeasureChart> Charts);

/// <summary>
/// A measure's run chart for the draft; <see cref="Analysis"/> is null when the measure has counts too small to show,
/// and <see cref="AltText"/> then says why there is no chart.
/// </summary>
public sealed record MeasureChart(int MeasureId, string Name, string Unit, decimal? Goal, RunChartAnalysis? Analysis, string AltText);

public sealed record Contact(string Name, string Role, string Email);
