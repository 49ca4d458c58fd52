using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// What the draft is compiled from: the meeting, the one before it (whose month the median is compared with) and the
/// next, every team with its check-ins for this and the last period, the contacts, and when the draft is built (a
/// draft built before the meeting says so).
/// </summary>
public sealed record NewsletterInput(
    string NetworkName,
    Meeting Meeting,
    Meeting? NextMeeting,
    IReadOnlyList<TeamReport> Teams,
    IReadOnlyList<Contact> Contacts,
    int SmallCountThreshold,
    ImprovementScale Scale)
{
    public Meeting? PreviousMeeting { get; init; }

    /// <summary>When the draft is built; a meeting that starts later has not been held yet.</summary>
    public DateTimeOffset? BuiltAt { get; init; }

    public bool MeetingIsAhead => BuiltAt is { } at && Meeting.StartsAt > at;
}

/// <summary>A team, its check-in for the meeting's period (null: it did not report), its previous one, its measures.</summary>
public sealed record TeamReport(ImprovementTeam Team, TeamCheckIn? Now, TeamCheckIn? Previous, IReadOnlyList<MeasureDefinition> Measures)
{
    /// <summary>The team's latest rating from before the previous period, when it did not report for that one.</summary>
    public EarlierRating? Earlier { get; init; }
}

/// <summary>A rating from an older period, and the meeting that period led up to.</summary>
public sealed record EarlierRating(decimal Rating, int MeetingOrdinal);
