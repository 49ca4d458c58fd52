using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;
using BplBot.Help;

namespace BplBot.Roster;

/// <summary><c>vem är jag</c> / <c>whoami</c>: the asker's roles, or how to get into the network.</summary>
public sealed class WhoAmICommand(NetworkDirectory directory) : ICommandHandler
{
    public CommandName Name => CommandName.WhoAmI;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var audience = new HelpAudience(context.Person, context.Network?.IsDemo == true, !context.IsPersonal);
        var summary = HelpTexts.RoleSummary(context.Language, audience, await directory.CoordinatorsAsync(ct), await directory.TeamNamesAsync(ct));
        var name = context.Person is { } person ? $"**{person.Name}** ({person.Email})\n\n" : string.Empty;
        await context.ReplyAsync(name + summary, ct);
    }
}
