namespace BplBot.Domain.Measures;

/// <summary>A measure a team tracks: what it is, its unit, which way is better and the goal.</summary>
public sealed class MeasureDefinition
{
    private readonly List<MeasureValue> _values = [];

    private MeasureDefinition()
    {
        Key = Name = Unit = OperationalDefinition = string.Empty;
    }

    public MeasureDefinition(int teamId, string key, string name, string unit, MeasureKind kind, bool higherIsBetter) : this()
    {
        TeamId = teamId;
        Key = string.IsNullOrWhiteSpace(key) ? throw new ArgumentException("A measure needs a key.", nameof(key)) : key.Trim().ToLowerInvariant();
        Describe(name, unit, kind, higherIsBetter, string.Empty);
    }

    public int Id { get; private set; }
    public int TeamId { get; private set; }
    public string Key { get; private set; }
    public string Name { get; private set; }

    /// <summary>The unit as people write it: <c>%</c>, <c>antal</c>, <c>st</c> …</summary>
    public string Unit { get; private set; }

    public MeasureKind Kind { get; private set; }
    public bool HigherIsBetter { get; private set; }
    public string OperationalDefinition { get; private set; }
    public decimal? GoalValue { get; private set; }
    public DateOnly? GoalDate { get; private set; }

    public IReadOnlyList<MeasureValue> Values => _values;

    /// <summary>What a count counts, in Swedish (<c>hembesök</c>, <c>deltagare</c>); null when the network gave none.</summary>
    public string? CountNoun { get; private set; }

    public bool IsPercentage => MeasureUnits.IsPercent(Unit);

    /// <summary>A count of things (antal, st): a non-negative whole number.</summary>
    public bool IsCount => MeasureUnits.IsCount(Unit);

    public void Describe(string name, string unit, MeasureKind kind, bool higherIsBetter, string operationalDefinition)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A measure needs a name.", nameof(name)) : name.Trim();
        Unit = string.IsNullOrWhiteSpace(unit) ? throw new ArgumentException("A measure needs a unit.", nameof(unit)) : MeasureUnits.Canonical(unit);
        Kind = kind;
        HigherIsBetter = higherIsBetter;
        OperationalDefinition = operationalDefinition?.Trim() ?? string.Empty;
    }

    /// <summary>The noun a count is read with ("22 hembesök"); ignored for other units.</summary>
    public void NameWhatItCounts(string? noun) =>
        CountNoun = IsCount && !string.IsNullOrWhiteSpace(noun) ? noun.Trim() : null;

    public void SetGoal(decimal? value, DateOnly? date)
    {
        if (value is { } v && IsPercentage && (v < 0 || v > 100))
            throw new ArgumentOutOfRangeException(nameof(value), "A percentage goal must be between 0 and 100.");
        GoalValue = value;
        GoalDate = date;
    }

    /// <summary>Records the value for a date; a second value for the same date replaces the first.</summary>
    public MeasureValue Record(DateOnly date, decimal value, DateTimeOffset recordedAt, int? checkInId = null)
    {
        if (IsPercentage && (value < 0 || value > 100))
            throw new ArgumentOutOfRangeException(nameof(value), "A percentage must be between 0 and 100.");
        var existing = _values.FirstOrDefault(v => v.Date == date);
        if (existing is not null)
        {
            existing.Correct(value, recordedAt, checkInId);
            return existing;
        }
        var added = new MeasureValue(date, value, recordedAt, checkInId);
        _values.Add(added);
        return added;
    }

    /// <summary>Takes out the points a check-in recorded, when a newer check-in for the same period replaces it.</summary>
    public int RemoveValuesOf(int checkInId) => _values.RemoveAll(v => v.CheckInId == checkInId);

    /// <summary>The latest point, if any.</summary>
    public MeasureValue? Latest => _values.MaxBy(v => v.Date);
}
