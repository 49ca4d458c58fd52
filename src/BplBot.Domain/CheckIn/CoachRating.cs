namespace BplBot.Domain.CheckIn;

/// <summary>A coach's own rating of a team on the improvement scale, kept apart from the team's self-rating.</summary>
public sealed class CoachRating
{
    private CoachRating()
    {
        Reason = string.Empty;
    }

    public CoachRating(int teamId, int coachId, decimal score, string reason, DateTimeOffset ratedAt) : this()
    {
        if (score is <= 0 or > 10) throw new ArgumentOutOfRangeException(nameof(score), "A rating must be on the scale.");
        TeamId = teamId;
        CoachId = coachId;
        Score = score;
        Reason = reason?.Trim() ?? string.Empty;
        RatedAt = ratedAt.ToUniversalTime();
    }

    public int Id { get; private set; }
    public int TeamId { get; private set; }
    public int CoachId { get; private set; }
    public decimal Score { get; private set; }
    public string Reason { get; private set; }
    public DateTimeOffset RatedAt { get; private set; }
}
