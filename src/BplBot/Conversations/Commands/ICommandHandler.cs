using BplBot.Domain.Commands;

namespace BplBot.Conversations.Commands;

/// <summary>One command. The router has already parsed the message; the handler only does its own work.</summary>
public interface ICommandHandler
{
    CommandName Name { get; }

    Task HandleAsync(CommandContext context, CancellationToken ct);
}
