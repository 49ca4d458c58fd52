using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Roster;
using BplBot.Text;
using Microsoft.EntityFrameworkCore;

namespace BplBot.CheckIn;

/// <summary>
/// <c>stöd klart &lt;team&gt;</c> (or the button on the coach's message): a coach of the team, or a coordinator, marks
/// the team's open requests for support as handled. Status, the overview and the digest show open requests only.
/// </summary>
public sealed class SupportDoneCommand(BplDbContext db, NetworkDirectory directory, TimeProvider time) : ICommandHandler
{
    public CommandName Name => CommandName.SupportDone;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var match = TeamLookup.Find(context.Argument, await directory.TeamsAsync(ct));
        if (context.Argument.Length == 0 || !match.IsUnique)
        {
            await context.ReplyAsync(context.Argument.Length == 0
                ? context.Pick("Skriv vilket team, t.ex. **stöd klart Nässjö**.", "Say which team, e.g. **support done Nässjö**.")
                : TeamReplies.NoSingleMatch(context.Language, match), ct);
            return;
        }
        var team = match.Team;
        if (context.Person is not { } person || !(person.IsCoordinator || person.IsCoachOf(team.Id)))
        {
            await context.ReplyAsync(context.Pick($"Bara {team.ShortName}s coacher och samordnarna kan markera teamets stöd som klart.",
                $"Only {team.ShortName}'s coaches and the coordinators can mark the team's support as done."), ct);
            return;
        }
        var open = await db.SupportRequests.Where(r => r.TeamId == team.Id && r.ResolvedAt == null).ToListAsync(ct);
        foreach (var request in open) request.Resolve(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await context.ReplyAsync(open.Count == 0
            ? context.Pick($"{team.ShortName} har inga öppna önskemål om stöd.", $"{team.ShortName} has no open requests for help.")
            : context.Pick(open.Count == 1
                    ? $"Klart! Önskemålet om stöd från {team.ShortName} är markerat som klart."
                    : $"Klart! {open.Count} önskemål om stöd från {team.ShortName} är markerade som klara.",
                $"Done! {Count(open.Count, "request", "requests")} for help from {team.ShortName} marked as handled."), ct);
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
