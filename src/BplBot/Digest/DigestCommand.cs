using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;

namespace BplBot.Digest;

/// <summary><c>digest</c>: the weekly digest now, for a coordinator.</summary>
public sealed class DigestCommand(DigestBuilder builder) : ICommandHandler
{
    public CommandName Name => CommandName.Digest;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        await context.ReplyAsync(await builder.BuildAsync(context.Language, ct), ct);
    }
}
