using BplBot.Audit;
using BplBot.BotFramework;
using BplBot.Conversations;
using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Demo;

/// <summary>Makes the Teams user who asks for a demo role a person in the demo network, then gives or takes roles.</summary>
public sealed class DemoEnrollment(BplDbContext db, PersonResolver people, AuditTrail audit)
{
    public async Task GrantAsync(CommandContext context, Role role, int? teamId, CancellationToken ct)
    {
        var person = await TrackedPersonAsync(context, ct) ?? await EnrollAsync(context, ct);
        var granted = person.Grant(role, teamId, RoleSource.Demo);
        await db.SaveChangesAsync(ct);
        if (!granted) return;
        audit.RoleChanged(true, AuditActor.Person, person.Id, person.Id, role, teamId);
        await db.SaveChangesAsync(ct);
    }

    public async Task ClearRolesAsync(CommandContext context, CancellationToken ct)
    {
        if (await TrackedPersonAsync(context, ct) is not { } person) return;
        foreach (var role in person.Roles.ToList())
        {
            person.Revoke(role.Role, role.TeamId);
            audit.RoleChanged(false, AuditActor.Person, person.Id, person.Id, role.Role, role.TeamId);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Person?> TrackedPersonAsync(CommandContext context, CancellationToken ct) =>
        context.Person is { } known ? await db.People.SingleAsync(p => p.Id == known.Id, ct) : null;

    private async Task<Person> EnrollAsync(CommandContext context, CancellationToken ct)
    {
        var from = context.Turn.Activity.From!;
        var email = await EmailAsync(context, ct);
        Task<Person?> FindPerson(CancellationToken c) => db.People.SingleOrDefaultAsync(p => p.Email == email && p.ErasedAt == null, c);
        var person = await FindPerson(ct) ?? (await db.InsertOrFindAsync(
            new Person(from.Name ?? "Demo", email, from.AadObjectId, context.Turn.Activity.Locale), FindPerson, ct)).Row;
        if (from.AadObjectId is { } aad && person.AadObjectId is null) person.LinkAadObject(aad);

        Task<TeamsUser?> FindUser(CancellationToken c) => db.TeamsUsers.SingleOrDefaultAsync(u => u.TeamsUserId == from.Id, c);
        var user = await FindUser(ct) ?? (await db.InsertOrFindAsync(
            new TeamsUser(from.Id!, from.AadObjectId, context.Turn.Activity.GetTenantId()), FindUser, ct)).Row;
        user.MatchTo(person.Id);
        return person;
    }

    // The connector knows the user's e-mail/UPN; without it (a local test client), an address that can never be real.
    private async Task<string> EmailAsync(CommandContext context, CancellationToken ct)
    {
        var activity = context.Turn.Activity;
        var member = await people.MemberAsync(context.Turn, ct);
        var address = member?.UserPrincipalName ?? member?.Email;
        if (!string.IsNullOrWhiteSpace(address) && address.Contains('@', StringComparison.Ordinal)) return Person.NormalizeEmail(address);
        var id = activity.From!.AadObjectId ?? activity.From.Id!;
        return Person.NormalizeEmail(new string(id.Where(char.IsLetterOrDigit).ToArray()) + "@demo.invalid");
    }
}
