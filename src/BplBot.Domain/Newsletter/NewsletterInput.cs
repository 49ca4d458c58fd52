using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;

namespace BplBot.Domain.Newsletter;

/// <summary>What the draft is compiled from: the meeting, every team with its check-ins for this and the last period.</summary>
public sealed record NewsletterInput(
    string NetworkName,
    Meeting Meeting,
    Meeting? NextMeeting,
    IReadOnlyList<TeamReport> Teams,
    IReadOnlyList<Contact> Contacts,
    int SmallCountThreshold,
    ImprovementScale Scale);

/// <summary>A team, its check-in for the meeting's period (null: it did not report), its previous one, its measures.</summary>
public sealed record TeamReport(ImprovementTeam Team, TeamCheckIn? Now, TeamCheckIn? Previous, IReadOnlyList<MeasureDefinition> Measures);
