using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Cards;

namespace BplBot.Conversations.Replies;

/// <summary>
/// Where a turn's answers go: the conversation the activity came from (in its thread), or the asker's own 1:1 chat
/// when what they asked for is not for everyone in a group. Also turns the card a person pressed into what it has
/// become (read-only once acted on): the answer to an <c>Action.Execute</c>, or an update of an <c>Action.Submit</c>'s card.
/// </summary>
public sealed class Replier
{
    private readonly TurnContext _turn;
    private readonly ConversationReference? _personal;

    public Replier(TurnContext turn) => _turn = turn;

    private Replier(TurnContext turn, ConversationReference personal)
    {
        _turn = turn;
        _personal = personal;
    }

    /// <summary>True when the answers go to a 1:1 chat (the one the turn came from, or the asker's own).</summary>
    public bool IsPersonal => _personal is not null || _turn.Activity.ConversationKind() == ConversationKinds.Personal;

    /// <summary>True when this is the asker's 1:1 chat, reached from a group conversation.</summary>
    public bool IsRedirected => _personal is not null;

    /// <summary>The conversation the answers go to (a dialog started here lives there).</summary>
    public string? ConversationId => _personal?.ConversationId ?? _turn.Activity.GetBaseConversationId();

    /// <summary>For an <c>Action.Execute</c>: the card that replaces the one pressed, returned in the invoke's answer.</summary>
    public AdaptiveCard? InvokeCard { get; private set; }

    public Replier InPersonalChat(ConversationReference chat) => new(_turn, chat);

    public Task<SendResult> SendAsync(Reply reply, CancellationToken ct)
    {
        var activity = Build(reply);
        if (_personal is { } chat)
            return _turn.Connector.SendToConversationAsync(chat.ServiceUrl, chat.ConversationId,
                activity with { From = new ChannelAccount { Id = chat.BotId }, Conversation = null, Recipient = null }, ct);
        return _turn.SendAsync(activity, ct);
    }

    /// <summary>
    /// The pressed card becomes <paramref name="card"/>: the invoke's answer, or an update of the card's message.
    /// False when there is no card to replace (the command was typed) or Teams refused the update: whatever the card
    /// would have said must then be said another way.
    /// </summary>
    public async Task<bool> ReplaceCardAsync(AdaptiveCard card, CancellationToken ct)
    {
        var activity = _turn.Activity;
        if (activity.Type == ActivityTypes.Invoke)
        {
            InvokeCard = card;
            return true;
        }
        if (activity.ReplyToId is not { Length: > 0 } cardMessage || activity.ServiceUrl is not { } serviceUrl || activity.Conversation?.Id is not { } conversation)
            return false;
        var update = _turn.CreateReply(null) with { Id = cardMessage, Attachments = [card.ToAttachment()], ReplyToId = null };
        return (await _turn.Connector.UpdateActivityAsync(serviceUrl, conversation, cardMessage, update, ct)).Succeeded;
    }

    private Activity Build(Reply reply)
    {
        var activity = _turn.CreateReply(reply.Text);
        var attachments = new List<Attachment>();
        if (reply.Card is { } card) attachments.Add(card.ToAttachment());
        if (reply.Suggestions.Count > 0)
        {
            if (IsPersonal)
                activity = activity with
                {
                    SuggestedActions = new SuggestedActions(reply.Suggestions.Select(s => SuggestedAction.ImBack(s.Title, s.Text)).ToList()),
                };
            else attachments.Add(ButtonCard(reply.Suggestions).ToAttachment());
        }
        return attachments.Count == 0 ? activity : activity with { Attachments = attachments };
    }

    /// <summary>Group chats and channels show no suggested actions: the same buttons as a small card.</summary>
    private static AdaptiveCard ButtonCard(IReadOnlyList<Suggestion> suggestions) => new([],
        suggestions.Select(s => (CardAction)new SubmitAction(s.Title, new JsonObject
        {
            [CardSubmission.Marker] = CardSubmission.TypedKind, [CardSubmission.TypedField] = s.Text,
        }) { AssociatedInputs = "none" }).ToList())
    {
        FallbackText = string.Join(" · ", suggestions.Select(s => s.Title)),
    };
}
