using BplBot.BotFramework;
using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Privacy;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Retention;

/// <summary>
/// People the network file does not list (given a role in chat, taking a demo role, or gone from the file) who have not
/// been seen since a cutoff are erased, as if they had asked. "Seen" is the latest of: a message in their 1:1 chat,
/// a report, a coach rating, a request for help, an audit line by or about them (a role given), and the first night
/// this job met them, which is remembered in <c>People.SeenAt</c>; so nobody is erased sooner than the setting after
/// the job first saw them.
/// </summary>
public sealed class InactivePeople(BplDbContext db, NetworkFileRoster roster, PersonErasure erasure, TimeProvider time)
{
    public async Task<int> EraseAsync(DateTimeOffset notSeenSince, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var listed = await roster.EmailsAsync(ct) ?? new HashSet<string>();
        var candidates = (await db.People.Where(p => p.ErasedAt == null).ToListAsync(ct))
            .Where(p => !listed.Contains(p.Email) && !p.Roles.Any(r => r.Source == Domain.Network.RoleSource.File)).ToList();
        if (candidates.Count == 0) return 0;
        var seen = await LastSeenAsync(ct);
        var due = new List<int>();
        foreach (var person in candidates)
        {
            var last = new[] { person.SeenAt, seen.GetValueOrDefault(person.Id) }.Max() ?? now;
            if (last < notSeenSince) due.Add(person.Id);
            else person.NoteSeen(last);
        }
        // What was seen is saved first, so an erasure below starts from a context with nothing else pending.
        await db.SaveChangesAsync(ct);
        var erased = 0;
        foreach (var id in due)
            if (await EraseAsync(id, ct)) erased++;
        return erased;
    }

    /// <summary>
    /// One erasure, tried again once from what is stored if a row it meant to change moved meanwhile (a turn or the
    /// outbox touching the same person); its transaction was rolled back, so nothing is half done.
    /// </summary>
    private async Task<bool> EraseAsync(int personId, CancellationToken ct)
    {
        try
        {
            return await erasure.EraseAsync(personId, AuditActor.Bot, null, ct) is not null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await erasure.EraseAsync(personId, AuditActor.Bot, null, ct) is not null;
        }
    }

    /// <summary>The latest sign of each person, from the rows that say when they were around.</summary>
    private async Task<Dictionary<int, DateTimeOffset?>> LastSeenAsync(CancellationToken ct)
    {
        var signs = new List<(int Person, DateTimeOffset At)>();
        signs.AddRange((await db.CheckIns.AsNoTracking().Where(c => c.PersonId != null).Select(c => new { c.PersonId, c.SubmittedAt }).ToListAsync(ct))
            .Select(c => (c.PersonId!.Value, c.SubmittedAt)));
        signs.AddRange((await db.CoachRatings.AsNoTracking().Select(r => new { r.CoachId, r.RatedAt }).ToListAsync(ct)).Select(r => (r.CoachId, r.RatedAt)));
        signs.AddRange((await db.SupportRequests.AsNoTracking().Where(s => s.PersonId != null).Select(s => new { s.PersonId, s.CreatedAt }).ToListAsync(ct))
            .Select(s => (s.PersonId!.Value, s.CreatedAt)));
        foreach (var a in await db.AuditEntries.AsNoTracking().Select(a => new { a.ActorPersonId, a.SubjectPersonId, a.At }).ToListAsync(ct))
        {
            if (a.ActorPersonId is { } actor) signs.Add((actor, a.At));
            if (a.SubjectPersonId is { } subject) signs.Add((subject, a.At));
        }
        var accounts = await db.TeamsUsers.AsNoTracking().Where(u => u.PersonId != null).Select(u => new { u.TeamsUserId, u.PersonId }).ToListAsync(ct);
        var byTeamsId = accounts.ToDictionary(a => a.TeamsUserId, a => a.PersonId!.Value);
        var byAad = (await db.People.AsNoTracking().Where(p => p.AadObjectId != null).Select(p => new { p.Id, p.AadObjectId }).ToListAsync(ct))
            .ToDictionary(p => p.AadObjectId!, p => p.Id);
        foreach (var chat in await db.ConversationReferences.AsNoTracking().Where(c => c.ConversationType == ConversationKinds.Personal)
                     .Select(c => new { c.UserId, c.UserAadObjectId, c.LastSeenAt }).ToListAsync(ct))
        {
            if (chat.UserId is { } u && byTeamsId.TryGetValue(u, out var p1)) signs.Add((p1, chat.LastSeenAt));
            else if (chat.UserAadObjectId is { } a && byAad.TryGetValue(a, out var p2)) signs.Add((p2, chat.LastSeenAt));
        }
        return signs.GroupBy(s => s.Person).ToDictionary(g => g.Key, g => (DateTimeOffset?)g.Max(s => s.At));
    }
}
