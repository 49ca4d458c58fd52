using BplBot.Domain.RunCharts;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// The post-meeting newsletter draft as content, in the seed newsletter's order: title, lead, the coordinator's intro
/// (left for them), the network overview, one section per reporting team, the teams that did not report, the next
/// meeting and the contact people. Writers turn it into Word, HTML and Markdown; all text here is plain (unescaped).
/// </summary>
public sealed record Newsletter(
    string Title,
    string Subtitle,
    int MeetingOrdinal,
    DateOnly MeetingDate,
    string Lead,
    string IntroPlaceholder,
    NetworkOverview Overview,
    IReadOnlyList<TeamSection> Teams,
    IReadOnlyList<string> NotReported,
    string? NextMeetingLine,
    string? NextMeetingDetails,
    IReadOnlyList<Contact> Contacts);

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
}

/// <summary>One half step of the scale and how many teams rated themselves there.</summary>
public sealed record RatingBucket(decimal Score, string Label, int Teams);

public sealed record TeamSection(
    string Name,
    string Municipality,
    string WorksOn,
    decimal Rating,
    decimal? PreviousRating,
    string RatingLabel,
    string Reason,
    IReadOnlyList<MeasureSection> Measures,
    string Tested,
    string Learned,
    string NextStep,
    string? Support);

/// <summary>A key measure: its latest value (small counts hidden), its run chart (when it may be shown) and signals in words.</summary>
public sealed record MeasureSection(
    int MeasureId,
    string Name,
    string Unit,
    string LatestText,
    DateOnly? LatestDate,
    string? GoalText,
    IReadOnlyList<string> Signals,
    RunChartAnalysis? Chart,
    decimal? Goal,
    string ChartAltText);

public sealed record Contact(string Name, string Role, string Email);
