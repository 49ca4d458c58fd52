namespace BplBot.Network;

/// <summary>
/// The network file (JSON): teams with their measures, people with their roles, and meetings.
/// Times are Stockholm local time (<c>2027-01-19T09:00</c>). See <c>docs/network.example.json</c>.
/// </summary>
public sealed record NetworkDocument
{
    public string? Name { get; init; }
    public int SmallCountThreshold { get; init; }
    public List<TeamEntry> Teams { get; init; } = [];
    public List<PersonEntry> People { get; init; } = [];
    public List<MeetingEntry> Meetings { get; init; } = [];
}

public sealed record TeamEntry
{
    public string? Key { get; init; }
    public string? Name { get; init; }
    public string? ShortName { get; init; }
    public List<string> Aliases { get; init; } = [];
    public string? Municipality { get; init; }
    public string? FocusArea { get; init; }
    public string? Aim { get; init; }
    public List<MeasureEntry> Measures { get; init; } = [];
}

public sealed record MeasureEntry
{
    public string? Key { get; init; }
    public string? Name { get; init; }
    public string? Unit { get; init; }

    /// <summary>For a count: what it counts, in Swedish ("hembesök"), so figures read "22 hembesök".</summary>
    public string? Noun { get; init; }

    public string? Kind { get; init; }
    public bool HigherIsBetter { get; init; } = true;
    public string? Definition { get; init; }
    public decimal? Goal { get; init; }
    public DateOnly? GoalDate { get; init; }
    public List<MeasurePoint> Values { get; init; } = [];
}

public sealed record MeasurePoint(DateOnly Date, decimal Value);

public sealed record PersonEntry
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? AadObjectId { get; init; }
    public string? Locale { get; init; }
    public List<RoleEntry> Roles { get; init; } = [];
}

public sealed record RoleEntry(string? Role, string? Team);

public sealed record MeetingEntry
{
    public int Ordinal { get; init; }
    public DateTime Start { get; init; }
    public DateTime End { get; init; }
    public string? Place { get; init; }
    public string? Theme { get; init; }
}
