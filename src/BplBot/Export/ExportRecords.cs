namespace BplBot.Export;

// The records of the archive export, one file per kind. Each file is an ExportFile<T>; docs/export.md describes them
// and docs/export/schemas/ holds their JSON Schemas (draft-04), which the ZIP carries too. Instants are UTC (ISO 8601),
// dates are yyyy-MM-dd, numbers use a decimal point. An erased person appears in no file: where they were an author,
// the person id is null and the name reads "tidigare medlem".

public sealed record ExportFile<T>(string Kind, int SchemaVersion, DateTimeOffset ExportedAt, IReadOnlyList<T> Items);

public sealed record ExportTeam(int Id, string Key, string Name, string ShortName, string Municipality, string FocusArea, string Aim,
    IReadOnlyList<string> Aliases);

public sealed record ExportMeasure(int Id, int TeamId, string TeamKey, string Key, string Name, string Unit, string? CountNoun, string Kind,
    bool HigherIsBetter, string Definition, decimal? Goal, DateOnly? GoalDate, IReadOnlyList<ExportValue> Values);

public sealed record ExportValue(DateOnly Date, decimal Value, DateTimeOffset RecordedAt, int? CheckInId);

public sealed record ExportMeeting(int Id, int Ordinal, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string Theme, bool Cancelled);

public sealed record ExportPerson(int Id, string Name, string Email, string? AadObjectId, string? Locale, string? PreferredLanguage,
    IReadOnlyList<ExportRole> Roles);

public sealed record ExportRole(string Role, int? TeamId, string? TeamKey, string Source);

public sealed record ExportCheckIn(int Id, int TeamId, string TeamKey, int? Meeting, int? AuthorPersonId, string Author, DateTimeOffset SubmittedAt,
    decimal Rating, string Reason, string Tested, string Learned, string NextStep, string? SupportTopic, DateTimeOffset? SupersededAt,
    IReadOnlyList<ExportAnswer> Answers);

public sealed record ExportAnswer(int MeasureId, string MeasureKey, decimal? Value);

public sealed record ExportCoachRating(int Id, int TeamId, string TeamKey, int? CoachPersonId, string Coach, DateTimeOffset RatedAt, decimal Score,
    string Reason);

public sealed record ExportSupportRequest(int Id, int TeamId, string TeamKey, int CheckInId, int? PersonId, string Person, DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt, int CoachesNotified, string Topic);

public sealed record ExportNewsletterDraft(int Id, int Meeting, int Version, DateTimeOffset CreatedAt, int TeamsInNetwork, int TeamsReported,
    decimal? Median, decimal? PreviousMedian, double? ShareAtLeast3, double? ShareAtLeast4, string Docx, string Html);

public sealed record ExportAuditEntry(long Id, DateTimeOffset At, string Action, string Actor, int? ActorPersonId, int? SubjectPersonId, int? TeamId,
    string Detail);

/// <summary>What the ZIP holds: <c>manifest.json</c>, read first by whoever files it.</summary>
public sealed record ExportManifest(string Kind, int SchemaVersion, DateTimeOffset ExportedAt, string Network, string Source,
    string ExportedBy, IReadOnlyList<ExportManifestFile> Files);

public sealed record ExportManifestFile(string Path, string Format, string? Schema, int? Records);
