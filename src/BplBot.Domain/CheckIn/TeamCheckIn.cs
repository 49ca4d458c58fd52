namespace BplBot.Domain.CheckIn;

/// <summary>
/// A team's report for one period: its self-rating with a reason, the measures it reported, what it tested (PGSA)
/// and whether it wants help. A newer check-in for the same period supersedes this one; both are kept for audit.
/// </summary>
public sealed class TeamCheckIn
{
    private readonly List<CheckInMeasureAnswer> _answers = [];

    private TeamCheckIn()
    {
        RatingReason = Tested = Learned = NextStep = SupportTopic = string.Empty;
    }

    public TeamCheckIn(int teamId, int? periodMeetingId, int? personId, DateTimeOffset submittedAt, CheckInContent content) : this()
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Rating is <= 0 or > 10) throw new ArgumentOutOfRangeException(nameof(content), "A self-rating must be on the scale.");
        TeamId = teamId;
        PeriodMeetingId = periodMeetingId;
        PersonId = personId;
        SubmittedAt = submittedAt.ToUniversalTime();
        Rating = content.Rating;
        RatingReason = content.RatingReason.Trim();
        Tested = content.Tested?.Trim() ?? string.Empty;
        Learned = content.Learned?.Trim() ?? string.Empty;
        NextStep = content.NextStep?.Trim() ?? string.Empty;
        SupportRequested = !string.IsNullOrWhiteSpace(content.SupportTopic);
        SupportTopic = content.SupportTopic?.Trim() ?? string.Empty;
        _answers.AddRange(content.Answers.Select(a => new CheckInMeasureAnswer(a.MeasureId, a.Value)));
    }

    public int Id { get; private set; }
    public int TeamId { get; private set; }

    /// <summary>The meeting that ends the report period; null when no meeting is planned yet.</summary>
    public int? PeriodMeetingId { get; private set; }

    public int? PersonId { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public decimal Rating { get; private set; }
    public string RatingReason { get; private set; }
    public string Tested { get; private set; }
    public string Learned { get; private set; }
    public string NextStep { get; private set; }
    public bool SupportRequested { get; private set; }
    public string SupportTopic { get; private set; }

    /// <summary>Set when a newer check-in for the same period replaced this one.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public IReadOnlyList<CheckInMeasureAnswer> Answers => _answers;

    public bool IsCurrent => SupersededAt is null;

    public bool BelongsToSamePeriod(TeamCheckIn other) =>
        other.TeamId == TeamId && other.PeriodMeetingId == PeriodMeetingId;

    public void SupersedeBy(TeamCheckIn newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        if (!BelongsToSamePeriod(newer)) throw new InvalidOperationException("Only a check-in for the same team and period replaces another.");
        SupersededAt ??= newer.SubmittedAt;
    }

    public CheckInContent Content() => new(Rating, RatingReason,
        _answers.Select(a => new MeasureAnswer(a.MeasureId, a.Value)).ToList(), Tested, Learned, NextStep,
        SupportRequested ? SupportTopic : null);
}

/// <summary>What a check-in says, as the dialog or the form collected it.</summary>
public sealed record CheckInContent(
    decimal Rating, string RatingReason, IReadOnlyList<MeasureAnswer> Answers,
    string? Tested, string? Learned, string? NextStep, string? SupportTopic);

/// <summary>A measure's answer in a check-in: a value, or null when the member skipped it.</summary>
public sealed record MeasureAnswer(int MeasureId, decimal? Value);

public sealed class CheckInMeasureAnswer
{
    private CheckInMeasureAnswer() { }

    internal CheckInMeasureAnswer(int measureId, decimal? value)
    {
        MeasureId = measureId;
        Value = value;
    }

    public int Id { get; private set; }
    public int CheckInId { get; private set; }
    public int MeasureId { get; private set; }
    public decimal? Value { get; private set; }
}
