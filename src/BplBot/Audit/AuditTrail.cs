using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Domain.Network;

namespace BplBot.Audit;

/// <summary>
/// Adds lines to the audit trail. <see cref="Add"/> stages a line with the caller's other changes (saved by their
/// SaveChanges, so a change and its record are kept or lost together); <see cref="RecordAsync"/> saves at once.
/// </summary>
public sealed class AuditTrail(BplDbContext db, TimeProvider time)
{
    public void Add(AuditAction action, AuditActor actor, int? actorPersonId, int? subjectPersonId = null, int? teamId = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), action, actor, actorPersonId, subjectPersonId, teamId, detail));

    public async Task RecordAsync(AuditAction action, AuditActor actor, int? actorPersonId, int? subjectPersonId = null, int? teamId = null,
        string? detail = null, CancellationToken ct = default)
    {
        Add(action, actor, actorPersonId, subjectPersonId, teamId, detail);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A role given or taken: who did it (a person, the network file), to whom, which role and team.</summary>
    public void RoleChanged(bool granted, AuditActor actor, int? actorPersonId, int subjectPersonId, Role role, int? teamId) =>
        Add(granted ? AuditAction.RoleGranted : AuditAction.RoleRevoked, actor, actorPersonId, subjectPersonId, teamId, role.ToString());

    /// <summary>The one who acts in a chat: the person, or (a newcomer) nobody the trail can name.</summary>
    public static (AuditActor Actor, int? PersonId) By(Person? person) =>
        person is null ? (AuditActor.Bot, null) : (AuditActor.Person, person.Id);
}
