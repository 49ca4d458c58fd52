namespace BplBot.BotFramework;

/// <summary>One inbound activity with the means to answer it.</summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector, bool isAnonymous)
{
    public Activity Activity { get; } = activity;
    public ConnectorClient Connector { get; } = connector;

    /// <summary>True when the request carried no token (anonymous mode: no app id configured and a loopback caller).</summary>
    public bool IsAnonymous { get; } = isAnonymous;

    /// <summary>A reply addressed to the sender in the same conversation (and, for a channel post, its thread).</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = text is null ? null : "markdown",
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        Conversation = Activity.Conversation,
        From = Activity.Recipient,
        Recipient = Activity.From,
        ReplyToId = Activity.Id,
        Locale = Activity.Locale,
    };

    /// <summary>Sends <paramref name="reply"/> as a reply to the inbound activity, so a channel answer lands in its thread.</summary>
    public Task<SendResult> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var serviceUrl = Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        return string.IsNullOrEmpty(Activity.Id)
            ? Connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken)
            : Connector.ReplyToActivityAsync(serviceUrl, conversationId, Activity.Id, reply, cancellationToken);
    }

    public Task<SendResult> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(CreateReply(text), cancellationToken);
}
