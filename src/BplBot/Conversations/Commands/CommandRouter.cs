using BplBot.Domain.Commands;
using BplBot.Help;

namespace BplBot.Conversations.Commands;

/// <summary>Reads the message once and hands it to the one handler for that command.</summary>
public sealed class CommandRouter(IEnumerable<ICommandHandler> handlers, ILogger<CommandRouter> logger)
{
    private readonly Dictionary<CommandName, ICommandHandler> _handlers = handlers.ToDictionary(h => h.Name);

    public async Task RouteAsync(CommandContext context, string text, CancellationToken ct)
    {
        var command = CommandParser.Parse(text);
        if (command.Name is { } name && _handlers.TryGetValue(name, out var handler))
        {
            logger.LogInformation("Command {Command} in a {ConversationKind} conversation", name, context.Kind);
            await handler.HandleAsync(context with { Argument = command.Argument }, ct);
            return;
        }
        logger.LogInformation("Unrecognised message in a {ConversationKind} conversation", context.Kind);
        await context.ReplyAsync(HelpTexts.Unknown(context.Language, command), ct);
    }
}
