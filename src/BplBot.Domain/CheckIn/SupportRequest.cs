namespace BplBot.Domain.CheckIn;

/// <summary>A team asks its coaches for help. Open until a coach (or coordinator) marks it handled.</summary>
public sealed class SupportRequest
{
    private SupportRequest()
    {
        Topic = string.Empty;
    }

    public SupportRequest(int teamId, int checkInId, int? personId, string topic, DateTimeOffset createdAt) : this()
    {
        TeamId = teamId;
        CheckInId = checkInId;
        PersonId = personId;
        Topic = string.IsNullOrWhiteSpace(topic) ? throw new ArgumentException("A support request needs a topic.", nameof(topic)) : topic.Trim();
        CreatedAt = createdAt.ToUniversalTime();
    }

    public int Id { get; private set; }
    public int TeamId { get; private set; }
    public int CheckInId { get; private set; }
    public int? PersonId { get; private set; }
    public string Topic { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>How many of the team's coaches the bot reached with a message.</summary>
    public int CoachesNotified { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    public void RecordNotified(int coaches) => CoachesNotified = Math.Max(0, coaches);

    public void Resolve(DateTimeOffset at) => ResolvedAt ??= at.ToUniversalTime();

    /// <summary>A replacing check-in carries its own request (or none); the old one is closed with it.</summary>
    public void Withdraw(DateTimeOffset at) => Resolve(at);
}
