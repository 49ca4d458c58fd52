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

    /// <summary>
    /// Sends <paramref name="reply"/> as a reply to the inbound activity, so a channel answer lands in its thread.
    /// Type, from, recipient and conversation are taken from the inbound activity where the reply leaves them out.
    /// </summary>
    public Task<SendResult> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var serviceUrl = Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        var addressed = reply with
        {
            Type = reply.Type ?? ActivityTypes.Message,
            From = reply.From ?? Activity.Recipient,
            Recipient = reply.Recipient ?? Activity.From,
            Conversation = reply.Conversation ?? Activity.Conversation,
        };
        return string.IsNullOrEmpty(Activity.Id)
            ? Connector.SendToConversationAsync(serviceUrl, conversationId, addressed, cancellationToken)
            : Connector.ReplyToActivityAsync(serviceUrl, conversationId, Activity.Id, addressed, cancellationToken);
    }

    public Task<SendResult> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(CreateReply(text), cancellationToken);
}
