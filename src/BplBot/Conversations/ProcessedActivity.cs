namespace BplBot.Conversations;

/// <summary>
/// An activity already handled, keyed by (channel, conversation, activity id): Teams redelivers on timeouts with the
/// same id, and a unique index makes the second delivery a no-op even across restarts and instances.
/// </summary>
public sealed class ProcessedActivity
{
    private ProcessedActivity()
    {
        ChannelId = ConversationId = ActivityId = string.Empty;
    }

    public ProcessedActivity(string channelId, string conversationId, string activityId, DateTimeOffset receivedAt) : this()
    {
        ChannelId = channelId;
        ConversationId = conversationId;
        ActivityId = activityId;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }
    public string ChannelId { get; private set; }
    public string ConversationId { get; private set; }
    public string ActivityId { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
}
