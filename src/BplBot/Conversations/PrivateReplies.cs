using BplBot.Conversations.Commands;

namespace BplBot.Conversations;

/// <summary>
/// Team data is shown only where it may be seen: in the asker's 1:1 chat, or in a channel or group chat linked to that
/// very team. Asked anywhere else, the answer goes to the asker's 1:1 chat and the group gets a short note.
/// </summary>
public sealed class PrivateReplies(PersonalChats chats)
{
    /// <summary>A context that answers in the asker's 1:1 chat; null when that chat can't be reached (the asker is told).</summary>
    public async Task<CommandContext?> MoveAsync(CommandContext context, CancellationToken ct)
    {
        if (context.Replies.IsPersonal || context.Person is not { } person) return context;
        var chat = await chats.FindOrOpenAsync(person.Id, ct);
        if (chat.Reference is not { } reference)
        {
            await context.ReplyAsync(context.Pick(
                "Det här visar jag bara för dig, men jag når inte din chatt med mig än. Öppna BplBot i Teams och skriv till mig där.",
                "I only show this to you, but I can't reach your chat with me yet. Open BplBot in Teams and write to me there."), ct);
            return null;
        }
        await context.ReplyAsync(context.Pick("Jag har skickat det till dig privat.", "I have sent it to you privately."), ct);
        return context with { Replies = context.Replies.InPersonalChat(reference) };
    }

    /// <summary>Here, when this is a 1:1 chat or a conversation linked to <paramref name="teamId"/>; else the asker's 1:1 chat.</summary>
    public Task<CommandContext?> ForTeamAsync(CommandContext context, int teamId, CancellationToken ct) =>
        context.Replies.IsPersonal || context.Conversation?.ImprovementTeamId == teamId
            ? Task.FromResult<CommandContext?>(context)
            : MoveAsync(context, ct);
}
