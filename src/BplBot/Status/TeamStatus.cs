using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.RunCharts;

namespace BplBot.Status;

public sealed record MeasureStatus(MeasureDefinition Measure, RunChartAnalysis Analysis)
{
    public MeasureValue? Latest => Measure.Latest;

    /// <summary>The measure's plain-language headline, read from its run chart.</summary>
    public MeasureHeadline Headline { get; } = MeasureHeadline.For(Measure, Analysis);
}

/// <summary>Everything the status card shows for one team.</summary>
public sealed record TeamStatus(
    ImprovementTeam Team,
    IReadOnlyList<TeamCheckIn> CheckIns,
    CoachRating? CoachRating,
    IReadOnlyList<MeasureStatus> Measures,
    IReadOnlyList<SupportRequest> OpenRequests,
    ReportPeriod Period)
{
    /// <summary>The team's current check-ins, oldest first; the last is the latest.</summary>
    public TeamCheckIn? Latest => CheckIns.Count > 0 ? CheckIns[^1] : null;

    public TeamCheckIn? Previous => CheckIns.Count > 1 ? CheckIns[^2] : null;

    public bool HasReportedForNext => Period.MeetingId is { } id && CheckIns.Any(c => c.PeriodMeetingId == id);
}
