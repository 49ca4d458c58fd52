using System.Globalization;
using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Network;
using BplBot.Roster;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Roles;

/// <summary>
/// <c>roll coach anna@kommun.se Nässjö</c>, <c>roll samordnare …</c>, <c>roll medlem … &lt;team&gt;</c> and
/// <c>ta bort roll …</c>: coordinators keep the network's roles up to date in chat. A new e-mail address becomes a
/// person, matched to their Teams account the first time they write to the bot.
/// </summary>
public abstract class RoleCommandBase(BplDbContext db, NetworkDirectory directory) : ICommandHandler
{
    public abstract CommandName Name { get; }

    protected abstract bool Grants { get; }

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = context.Argument.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var role = words.Length > 0 ? NetworkVocabulary.ParseRole(words[0]) : null;
        var email = words.Length > 1 && words[1].Contains('@', StringComparison.Ordinal) ? words[1].Trim('<', '>').ToLowerInvariant() : null;
        if (role is null || email is null || (role != Role.Coordinator) != (words.Length > 2))
        {
            await context.ReplyAsync(context.Pick(
                "Skriv t.ex. **roll coach anna@kommun.se Nässjö**, **roll medlem anna@kommun.se Nässjö** eller **roll samordnare anna@kommun.se** (och **ta bort roll** på samma sätt).",
                "Write e.g. **role coach anna@town.se Nässjö**, **role member anna@town.se Nässjö** or **role coordinator anna@town.se** (and **remove role** the same way)."), ct);
            return;
        }
        ImprovementTeam? team = null;
        if (role != Role.Coordinator)
        {
            var match = TeamLookup.Find(words[2], await directory.TeamsAsync(ct));
            if (!match.IsUnique)
            {
                await context.ReplyAsync(TeamReplies.NoSingleMatch(context.Language, match), ct);
                return;
            }
            team = match.Team;
        }
        var person = await db.People.SingleOrDefaultAsync(p => p.Email == email, ct);
        if (person is null && !Grants)
        {
            await context.ReplyAsync(context.Pick($"Ingen i nätverket har adressen {email}.", $"No one in the network has the address {email}."), ct);
            return;
        }
        person ??= db.People.Add(new Person(NameFrom(email), email)).Entity;
        var changed = Grants ? person.Grant(role.Value, team?.Id) : person.Revoke(role.Value, team?.Id);
        await db.SaveChangesAsync(ct);
        var what = RoleName(role.Value, context) + (team is null ? string.Empty
            : role == Role.Member ? context.Pick($" i {team.ShortName}", $" of {team.ShortName}") : context.Pick($" för {team.ShortName}", $" for {team.ShortName}"));
        await context.ReplyAsync(!changed
            ? context.Pick($"{person.Name} ({email}) {(Grants ? "har redan" : "har inte")} rollen {what}.", $"{person.Name} ({email}) {(Grants ? "already has" : "does not have")} the role {what}.")
            : Grants
                ? context.Pick($"{person.Name} ({email}) är nu {what}.", $"{person.Name} ({email}) is now {what}.")
                : context.Pick($"{person.Name} ({email}) är inte längre {what}.", $"{person.Name} ({email}) is no longer {what}."), ct);
    }

    private static string RoleName(Role role, CommandContext c) => role switch
    {
        Role.Coach => "coach",
        Role.Member => c.Pick("medlem", "member"),
        _ => c.Pick("samordnare", "coordinator"),
    };

    /// <summary>"anna.svensson@kommun.se" → "Anna Svensson", until the person's Teams name is seen.</summary>
    private static string NameFrom(string email) =>
        string.Join(' ', email.Split('@')[0].Split('.', '_', '-').Where(p => p.Length > 0)
            .Select(p => char.ToUpper(p[0], CultureInfo.InvariantCulture) + p[1..]));
}

public sealed class SetRoleCommand(BplDbContext db, NetworkDirectory directory) : RoleCommandBase(db, directory)
{
    public override CommandName Name => CommandName.SetRole;
    protected override bool Grants => true;
}

public sealed class RemoveRoleCommand(BplDbContext db, NetworkDirectory directory) : RoleCommandBase(db, directory)
{
    public override CommandName Name => CommandName.RemoveRole;
    protected override bool Grants => false;
}
