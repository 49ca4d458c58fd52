using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;

namespace BplBot.Digest;

/// <summary>
/// <c>veckosammanfattning</c> (<c>digest</c>): the weekly digest now, for a coordinator. It shows what is new since
/// their last weekly digest and leaves that mark where it is: the Monday digest still tells the whole week.
/// </summary>
public sealed class DigestCommand(DigestBuilder builder) : ICommandHandler
{
    public CommandName Name => CommandName.Digest;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var content = await builder.BuildAsync(context.Person?.Id, context.Language, ct);
        await context.ReplyAsync(DigestCard.Build(content, context.Language), ct);
    }
}
