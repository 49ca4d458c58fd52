using BplBot.BotFramework;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Network;

namespace BplBot.Conversations.Commands;

/// <summary>Everything a command needs about the turn: who asks, in which language and conversation, with what argument.</summary>
public sealed record CommandContext(
    TurnContext Turn,
    Person? Person,
    Language Language,
    string Argument,
    ConversationReference? Conversation,
    NetworkInfo? Network)
{
    public string Kind => Turn.Activity.ConversationKind();
    public bool IsPersonal => Kind == "personal";
    public string Pick(string swedish, string english) => Language.Pick(swedish, english);

    public Task<SendResult> ReplyAsync(string text, CancellationToken ct) => Turn.SendTextAsync(text, ct);
}
