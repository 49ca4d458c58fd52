using System.Text.Json.Nodes;
using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Privacy;

/// <summary>Reads <see cref="PersonalData"/> for one person, at the moment the file is fetched (nothing is stored for it).</summary>
public sealed class PersonalDataReader(BplDbContext db, TimeProvider time)
{
    /// <summary>Null when there is no such person, or they were erased.</summary>
    public async Task<PersonalData?> ReadAsync(int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.ErasedAt == null, ct);
        if (person is null) return null;
        var footprint = await PersonFootprint.FindAsync(db, person, ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ShortName, ct);
        var meetings = await db.Meetings.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Ordinal, ct);
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        string Team(int? id) => id is { } i && teams.TryGetValue(i, out var name) ? name : "?";

        var checkIns = (await db.CheckIns.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.SubmittedAt).ToListAsync(ct))
            .Select(c => new PersonalCheckIn(Team(c.TeamId), c.PeriodMeetingId is { } m ? meetings.GetValueOrDefault(m) : null, c.SubmittedAt,
                c.Rating, Clean(c.RatingReason), Clean(c.Tested), Clean(c.Learned), Clean(c.NextStep),
                c.SupportRequested ? Clean(c.SupportTopic) : null, !c.IsCurrent,
                c.Answers.Select(a => new PersonalAnswer(measures.GetValueOrDefault(a.MeasureId, "?"), a.Value)).ToList()))
            .ToList();
        var ratings = (await db.CoachRatings.AsNoTracking().Where(r => r.CoachId == personId).OrderBy(r => r.RatedAt).ToListAsync(ct))
            .Select(r => new PersonalCoachRating(Team(r.TeamId), r.RatedAt, r.Score, Clean(r.Reason))).ToList();
        var requests = (await db.SupportRequests.AsNoTracking().Where(s => s.PersonId == personId).OrderBy(s => s.CreatedAt).ToListAsync(ct))
            .Select(s => new PersonalSupportRequest(Team(s.TeamId), s.CreatedAt, Clean(s.Topic), s.ResolvedAt)).ToList();
        var chatIds = footprint.ChatIds;
        var messages = (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.PersonId == personId || (m.ConversationReferenceId != null && chatIds.Contains(m.ConversationReferenceId.Value)))
                .OrderBy(m => m.CreatedAt).ToListAsync(ct))
            .Select(m => new PersonalMessage(m.Occasion, m.CreatedAt, m.Status.ToString(), m.Attempts, m.FinishedAt)).ToList();
        var dialogUsers = footprint.DialogUserIds;
        var dialogs = (await db.DialogStates.AsNoTracking().Where(d => dialogUsers.Contains(d.UserId)).ToListAsync(ct))
            .Select(d => new PersonalDialog(d.Kind, d.Step, d.StartedAt, d.UpdatedAt, d.ExpiresAt, Draft(d.Data))).ToList();
        var audit = (await db.AuditEntries.AsNoTracking().Where(a => a.ActorPersonId == personId || a.SubjectPersonId == personId)
                .OrderBy(a => a.At).ToListAsync(ct))
            .Select(a => new PersonalAuditLine(a.At, a.Action.ToString(), a.ActorPersonId == personId, a.SubjectPersonId == personId,
                a.TeamId is { } t ? Team(t) : null, a.Detail)).ToList();
        var network = await db.NetworkInfo.AsNoTracking().Select(n => n.Name).FirstOrDefaultAsync(ct) ?? string.Empty;

        return new PersonalData(PersonalData.KindName, 1, time.GetUtcNow(), network, Profile(person, Team),
            footprint.Accounts.Select(a => new PersonalAccount(a.TeamsUserId, a.AadObjectId, a.TenantId, a.LookedUpAt)).ToList(),
            footprint.Chats.Select(c => new PersonalChatRecord(c.ConversationId, c.TenantId, c.IsActive, c.FirstSeenAt, c.LastSeenAt)).ToList(),
            checkIns, ratings, requests, messages, dialogs, audit);
    }

    private static PersonalProfile Profile(Person p, Func<int?, string> team) => new(p.Id, p.Name, p.Email, p.AadObjectId, p.Locale,
        p.PreferredLanguage, p.RemindersPausedUntil, p.SeenAt,
        p.Roles.Select(r => new PersonalRole(r.Role.ToString(), r.TeamId is null ? null : team(r.TeamId), r.Source.ToString())).ToList());

    /// <summary>Free text passed the identity-number check when it was written; masked again here in case a rule changed.</summary>
    private static string Clean(string text) => IdentityNumberMask.Mask(text);

    private static JsonNode? Draft(string data)
    {
        try
        {
            return string.IsNullOrWhiteSpace(data) ? null : JsonNode.Parse(IdentityNumberMask.Mask(data));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
