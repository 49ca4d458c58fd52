using BplBot.Domain.Commands;
using BplBot.Help;

namespace BplBot.Conversations.Commands;

/// <summary>
/// Hands a parsed command to its one handler, after the rules every command shares: who may use it (the command's
/// audience), and where it answers (a 1:1-only command asked in a group is answered in the asker's 1:1 chat).
/// Anything else gets a friendly answer: greetings, thanks, "did you mean …" with a button, near-misses.
/// </summary>
public sealed class CommandRouter(IEnumerable<ICommandHandler> handlers, PrivateReplies privately, Unrecognised help, ILogger<CommandRouter> logger)
{
    private readonly Dictionary<CommandName, ICommandHandler> _handlers = handlers.ToDictionary(h => h.Name);

    public async Task RouteAsync(CommandContext context, ParsedCommand command, CancellationToken ct)
    {
        if (command.Name is not { } name || !_handlers.TryGetValue(name, out var handler))
        {
            logger.LogInformation("Unrecognised message in a {ConversationKind} conversation", context.Kind);
            await context.ReplyAsync(Unrecognised.Unknown(context, command), ct);
            return;
        }
        var spec = CommandCatalog.Get(name);
        logger.LogInformation("Command {Command} in a {ConversationKind} conversation", name, context.Kind);
        if (!spec.Audience.Admits(context.Person, context.Network?.IsDemo == true))
        {
            await context.ReplyAsync(await help.RefusalAsync(context, spec, ct), ct);
            return;
        }
        var where = spec.PersonalOnly ? await privately.MoveAsync(context, ct) : context;
        if (where is null) return;
        await handler.HandleAsync(where with { Argument = command.Argument }, ct);
    }
}
