namespace BplBot.Domain.Measures;

/// <summary>One point of a measure: the value for a date (a count or share, never about an individual).</summary>
public sealed class MeasureValue
{
    private MeasureValue() { }

    internal MeasureValue(DateOnly date, decimal value, DateTimeOffset recordedAt, int? checkInId)
    {
        Date = date;
        Value = value;
        RecordedAt = recordedAt;
        CheckInId = checkInId;
    }

    public int Id { get; private set; }
    public int MeasureId { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal Value { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The check-in that reported this point; null for points from the network file or the demo.</summary>
    public int? CheckInId { get; private set; }

    internal void Correct(decimal value, DateTimeOffset recordedAt, int? checkInId)
    {
        Value = value;
        RecordedAt = recordedAt;
        CheckInId = checkInId;
    }
}
