using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Network;
using BplBot.Roster;
using Microsoft.Extensions.Options;

namespace BplBot.Demo;

/// <summary>
/// <c>demo samordnare</c>, <c>demo coach &lt;team&gt;</c>, <c>demo medlem &lt;team&gt;</c>, <c>demo av</c>: lets anyone
/// take a role to try the bot, but only while the invented demo network is in use.
/// </summary>
public sealed class DemoCommand(DemoEnrollment enrollment, NetworkDirectory directory, IOptions<NetworkOptions> options) : ICommandHandler
{
    public CommandName Name => CommandName.Demo;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        // A validated Teams user may take a demo role only where the operator asked for the demo by name.
        if (context.Network?.IsDemo != true || !(context.Turn.IsAnonymous || options.Value.Demo))
        {
            await context.ReplyAsync(context.Pick(
                "Kommandot **demo** finns bara när demonätverket används. Här används nätverkets riktiga uppgifter.",
                "The **demo** command only exists while the demo network is in use. This bot runs on the real network."), ct);
            return;
        }
        var parts = context.Argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if ((parts.Length == 0 ? null : DemoRoleWords.Find(parts[0])) is not { } word)
        {
            await context.ReplyAsync(Usage(context.Language), ct);
            return;
        }
        var role = word.Role;
        if (role is null)
        {
            await enrollment.ClearRolesAsync(context, ct);
            await context.ReplyAsync(context.Pick("Klart! Du har inga roller i demonätverket längre.",
                "Done! You no longer have any roles in the demo network."), ct);
            return;
        }
        if (role == Role.Coordinator)
        {
            await GrantAsync(context, Role.Coordinator, null, ct);
            return;
        }
        if (parts.Length < 2)
        {
            await context.ReplyAsync(Usage(context.Language), ct);
            return;
        }
        var match = TeamLookup.Find(parts[1], await directory.TeamsAsync(ct));
        if (!match.IsUnique)
        {
            await context.ReplyAsync(TeamReplies.NoSingleMatch(context.Language, match), ct);
            return;
        }
        await GrantAsync(context, role.Value, match.Team, ct);
    }

    private async Task GrantAsync(CommandContext context, Role role, ImprovementTeam? team, CancellationToken ct)
    {
        await enrollment.GrantAsync(context, role, team?.Id, ct);
        var what = role switch
        {
            Role.Coordinator => context.Pick("samordnare", "a coordinator"),
            Role.Coach => context.Pick($"coach för {team!.ShortName}", $"a coach for {team!.ShortName}"),
            _ => context.Pick($"medlem i {team!.ShortName}", $"a member of {team!.ShortName}"),
        };
        await context.ReplyAsync(context.Pick(
            $"Klart! Du är nu {what} i demonätverket. Skriv **hjälp** för att se vad du kan göra.",
            $"Done! You are now {what} in the demo network. Type **help** to see what you can do."), ct);
    }

    private static string Usage(Language lang) => lang.Pick(
        "Välj en roll att prova: **demo samordnare**, **demo coach <team>** eller **demo medlem <team>**. **demo av** tar bort dina demoroller.",
        "Pick a role to try: **demo coordinator**, **demo coach <team>** or **demo member <team>**. **demo off** removes your demo roles.");
}
