namespace BplBot.Domain.Network;

/// <summary>A network meeting (träff). Each meeting ends a report period.</summary>
public sealed class Meeting
{
    private Meeting()
    {
        Place = Theme = string.Empty;
    }

    public Meeting(int ordinal, DateTimeOffset startsAt, DateTimeOffset endsAt, string place, string theme) : this()
    {
        if (ordinal < 1) throw new ArgumentOutOfRangeException(nameof(ordinal), "A meeting's number starts at 1.");
        Ordinal = ordinal;
        Reschedule(startsAt, endsAt);
        Place = place?.Trim() ?? string.Empty;
        Theme = theme?.Trim() ?? string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The meeting's number in the network's history ("träff 8").</summary>
    public int Ordinal { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string Place { get; private set; }
    public string Theme { get; private set; }
    public bool IsCancelled { get; private set; }

    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (endsAt <= startsAt) throw new ArgumentException("A meeting must end after it starts.", nameof(endsAt));
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
    }

    public void Describe(string place, string theme)
    {
        Place = place?.Trim() ?? string.Empty;
        Theme = theme?.Trim() ?? string.Empty;
    }

    public void Cancel() => IsCancelled = true;

    public bool IsUpcoming(DateTimeOffset now) => !IsCancelled && StartsAt > now;
}
