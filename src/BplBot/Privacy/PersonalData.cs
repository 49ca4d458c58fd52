using System.Text.Json.Nodes;

namespace BplBot.Privacy;

/// <summary>
/// Everything the bot holds about one person (GDPR art. 15), as the JSON file <c>mina data</c> links to. Only rows that
/// are the person's own: their profile, accounts and chats, what they wrote, what was sent to them, and the audit lines
/// about them or by them (without naming anyone else). Schema: <c>docs/export/schemas/personal-data.schema.json</c>.
/// </summary>
public sealed record PersonalData(
    string Kind,
    int SchemaVersion,
    DateTimeOffset CreatedAt,
    string Network,
    PersonalProfile Profile,
    IReadOnlyList<PersonalAccount> TeamsAccounts,
    IReadOnlyList<PersonalChatRecord> Conversations,
    IReadOnlyList<PersonalCheckIn> CheckIns,
    IReadOnlyList<PersonalCoachRating> CoachRatings,
    IReadOnlyList<PersonalSupportRequest> SupportRequests,
    IReadOnlyList<PersonalMessage> MessagesToYou,
    IReadOnlyList<PersonalDialog> Dialogs,
    IReadOnlyList<PersonalAuditLine> AuditTrail)
{
    public const string KindName = "bplbot-personal-data";
}

public sealed record PersonalProfile(
    int Id, string Name, string Email, string? AadObjectId, string? TeamsLocale, string? PreferredLanguage,
    DateOnly? RemindersPausedUntil, DateTimeOffset? SeenAt, IReadOnlyList<PersonalRole> Roles);

public sealed record PersonalRole(string Role, string? Team, string Source);

public sealed record PersonalAccount(string TeamsUserId, string? AadObjectId, string? TenantId, DateTimeOffset? LastLookedUpAt);

public sealed record PersonalChatRecord(string ConversationId, string? TenantId, bool Active, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);

public sealed record PersonalCheckIn(
    string Team, int? Meeting, DateTimeOffset SubmittedAt, decimal Rating, string Reason, string Tested, string Learned, string NextStep,
    string? SupportTopic, bool Replaced, IReadOnlyList<PersonalAnswer> Measures);

public sealed record PersonalAnswer(string Measure, decimal? Value);

public sealed record PersonalCoachRating(string Team, DateTimeOffset RatedAt, decimal Score, string Reason);

public sealed record PersonalSupportRequest(string Team, DateTimeOffset CreatedAt, string Topic, DateTimeOffset? ResolvedAt);

public sealed record PersonalMessage(string Occasion, DateTimeOffset CreatedAt, string Status, int Attempts, DateTimeOffset? FinishedAt);

public sealed record PersonalDialog(string Kind, string Step, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, DateTimeOffset ExpiresAt, JsonNode? Draft);

/// <summary>An audit line about the person or by them; <c>ByYou</c>/<c>AboutYou</c> say which, no one else is named.</summary>
public sealed record PersonalAuditLine(DateTimeOffset At, string Action, bool ByYou, bool AboutYou, string? Team, string Detail);
