using BplBot.BotFramework;
using BplBot.Cards;
using BplBot.Conversations.Replies;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Network;

namespace BplBot.Conversations.Commands;

/// <summary>Everything a command needs about the turn: who asks, in which language and conversation, with what argument.</summary>
public sealed record CommandContext(
    TurnContext Turn,
    TurnInput Input,
    Person? Person,
    Language Language,
    string Argument,
    ConversationReference? Conversation,
    NetworkInfo? Network,
    Replier Replies)
{
    public string Kind => Turn.Activity.ConversationKind();
    public bool IsPersonal => Kind == ConversationKinds.Personal;
    public string Pick(string swedish, string english) => Language.Pick(swedish, english);

    public Task<SendResult> ReplyAsync(string text, CancellationToken ct) => Replies.SendAsync(new Reply(text), ct);

    public Task<SendResult> ReplyAsync(Reply reply, CancellationToken ct) => Replies.SendAsync(reply, ct);

    /// <summary>A card, with its fallback text for clients that cannot show it; no text bubble repeating it.</summary>
    public Task<SendResult> ReplyAsync(AdaptiveCard card, CancellationToken ct) => Replies.SendAsync(new Reply(null, card), ct);

    /// <summary>The card the person pressed turns into <paramref name="card"/> (read-only once acted on); false when it could not.</summary>
    public Task<bool> ReplaceCardAsync(AdaptiveCard card, CancellationToken ct) => Replies.ReplaceCardAsync(card, ct);
}
