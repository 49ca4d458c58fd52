using BplBot.Data;
using BplBot.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Export;

/// <summary>Everything the export holds, read in one go (the network is small: tens of teams, hundreds of people).</summary>
public sealed record ArchiveData(
    DateTimeOffset ExportedAt, string Network, string Source, int SmallCountThreshold,
    IReadOnlyList<ExportTeam> Teams, IReadOnlyList<ExportMeasure> Measures, IReadOnlyList<ExportMeeting> Meetings,
    IReadOnlyList<ExportPerson> People, IReadOnlyList<ExportCheckIn> CheckIns, IReadOnlyList<ExportCoachRating> CoachRatings,
    IReadOnlyList<ExportSupportRequest> SupportRequests, IReadOnlyList<ExportNewsletterDraft> Newsletters, IReadOnlyList<ExportAuditEntry> Audit);

/// <summary>
/// Reads the network's records for the archive. Erased people are left out everywhere: their rows hold nothing of
/// them, and where they were an author the export says "tidigare medlem" with no id. Free text is masked once more
/// for identity numbers (it was checked when written).
/// </summary>
public sealed class ArchiveReader(BplDbContext db, TimeProvider time)
{
    public async Task<ArchiveData> ReadAsync(CancellationToken ct)
    {
        var info = await db.NetworkInfo.AsNoTracking().SingleOrDefaultAsync(ct);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);
        var keys = teams.ToDictionary(t => t.Id, t => t.Key);
        string Key(int? teamId) => teamId is { } id ? keys.GetValueOrDefault(id, "?") : "?";
        var measures = await db.Measures.AsNoTracking().Include(m => m.Values).OrderBy(m => m.Id).ToListAsync(ct);
        var measureKeys = measures.ToDictionary(m => m.Id, m => m.Key);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var living = people.Where(p => !p.IsErased).ToDictionary(p => p.Id);
        int? Id(int? personId) => personId is { } id && living.ContainsKey(id) ? id : null;
        string Name(int? personId) => FormerMember.NameOf(personId is { } id ? living.GetValueOrDefault(id) : null, Domain.Text.Language.Swedish);
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Ordinal).ToListAsync(ct);
        var ordinals = meetings.ToDictionary(m => m.Id, m => m.Ordinal);
        var checkIns = await db.CheckIns.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var ratings = await db.CoachRatings.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct);
        var requests = await db.SupportRequests.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var drafts = await db.NewsletterDrafts.AsNoTracking().OrderBy(d => d.MeetingId).ThenBy(d => d.Version)
            .Select(d => new { d.Id, d.MeetingId, d.Version, d.CreatedAt, d.TeamsInNetwork, d.TeamsReported, d.Median, d.PreviousMedian, d.ShareAtLeast3, d.ShareAtLeast4 })
            .ToListAsync(ct);
        var audit = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);

        return new ArchiveData(time.GetUtcNow(), info?.Name ?? string.Empty, info?.Source.ToString() ?? "None", info?.SmallCountThreshold ?? 0,
            teams.Select(t => new ExportTeam(t.Id, t.Key, t.Name, t.ShortName, t.Municipality, t.FocusArea.ToString(), Clean(t.Aim), t.Aliases)).ToList(),
            measures.Select(m => new ExportMeasure(m.Id, m.TeamId, Key(m.TeamId), m.Key, m.Name, m.Unit, m.CountNoun, m.Kind.ToString(), m.HigherIsBetter,
                Clean(m.OperationalDefinition), m.GoalValue, m.GoalDate,
                m.Values.OrderBy(v => v.Date).Select(v => new ExportValue(v.Date, v.Value, v.RecordedAt, v.CheckInId)).ToList())).ToList(),
            meetings.Select(m => new ExportMeeting(m.Id, m.Ordinal, m.StartsAt, m.EndsAt, m.Place, m.Theme, m.IsCancelled)).ToList(),
            living.Values.Select(p => new ExportPerson(p.Id, p.Name, p.Email, p.AadObjectId, p.Locale, p.PreferredLanguage,
                p.Roles.Select(r => new ExportRole(r.Role.ToString(), r.TeamId, r.TeamId is null ? null : Key(r.TeamId), r.Source.ToString())).ToList())).ToList(),
            checkIns.Select(c => new ExportCheckIn(c.Id, c.TeamId, Key(c.TeamId), c.PeriodMeetingId is { } m ? ordinals.GetValueOrDefault(m) : null,
                Id(c.PersonId), Name(c.PersonId), c.SubmittedAt, c.Rating, Clean(c.RatingReason), Clean(c.Tested), Clean(c.Learned), Clean(c.NextStep),
                c.SupportRequested ? Clean(c.SupportTopic) : null, c.SupersededAt,
                c.Answers.Select(a => new ExportAnswer(a.MeasureId, measureKeys.GetValueOrDefault(a.MeasureId, "?"), a.Value)).ToList())).ToList(),
            ratings.Select(r => new ExportCoachRating(r.Id, r.TeamId, Key(r.TeamId), Id(r.CoachId), Name(r.CoachId), r.RatedAt, r.Score, Clean(r.Reason))).ToList(),
            requests.Select(s => new ExportSupportRequest(s.Id, s.TeamId, Key(s.TeamId), s.CheckInId, Id(s.PersonId), Name(s.PersonId), s.CreatedAt,
                s.ResolvedAt, s.CoachesNotified, Clean(s.Topic))).ToList(),
            drafts.Select(d =>
            {
                var file = $"newsletters/nyhetsbrev-traff-{ordinals.GetValueOrDefault(d.MeetingId)}-v{d.Version}";
                return new ExportNewsletterDraft(d.Id, ordinals.GetValueOrDefault(d.MeetingId), d.Version, d.CreatedAt, d.TeamsInNetwork, d.TeamsReported,
                    d.Median, d.PreviousMedian, d.ShareAtLeast3, d.ShareAtLeast4, file + ".docx", file + ".html");
            }).ToList(),
            audit.Select(a => new ExportAuditEntry(a.Id, a.At, a.Action.ToString(), a.Actor.ToString(), Id(a.ActorPersonId), Id(a.SubjectPersonId),
                a.TeamId, a.Detail)).ToList());
    }

    /// <summary>The drafts' files, one at a time: a draft's Word file can be megabytes.</summary>
    public async Task<(byte[] Docx, string Html)> NewsletterFilesAsync(int draftId, CancellationToken ct)
    {
        var files = await db.NewsletterDrafts.AsNoTracking().Where(d => d.Id == draftId).Select(d => new { d.Docx, d.Html }).SingleAsync(ct);
        return (files.Docx, files.Html);
    }

    private static string Clean(string text) => IdentityNumberMask.Mask(text);
}
