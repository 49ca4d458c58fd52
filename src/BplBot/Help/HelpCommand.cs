using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;
using BplBot.Roster;

namespace BplBot.Help;

/// <summary><c>hjälp</c> / <c>help</c>: the commands this person can use here, and their place in the network.</summary>
public sealed class HelpCommand(NetworkDirectory directory) : ICommandHandler
{
    public CommandName Name => CommandName.Help;

    public async Task HandleAsync(CommandContext context, CancellationToken ct) =>
        await context.ReplyAsync(await BuildAsync(context, ct), ct);

    public async Task<string> BuildAsync(CommandContext context, CancellationToken ct)
    {
        var audience = new HelpAudience(context.Person, context.Network?.IsDemo == true, !context.IsPersonal);
        return HelpTexts.Help(context.Language, audience, await directory.CoordinatorsAsync(ct), await directory.TeamNamesAsync(ct));
    }
}
