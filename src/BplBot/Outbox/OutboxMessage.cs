namespace BplBot.Outbox;

public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>403 from Teams: the person uninstalled the bot or left the team. Listed in the digest, not retried.</summary>
    RecipientGone,
    /// <summary>Gave up: no way to reach the person, or the attempts ran out.</summary>
    Failed,
}

/// <summary>
/// One proactive message to one recipient for one occasion ("reminder:9:3", "digest:2027-W03"). The pair is unique,
/// so planning the same occasion twice, a rerun or a restart never sends twice.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Occasion = Recipient = Text = string.Empty;
    }

    public OutboxMessage(string occasion, OutboxRecipient recipient, string text, string? cardJson, DateTimeOffset now) : this()
    {
        Occasion = occasion;
        Recipient = recipient.Key;
        PersonId = recipient.PersonId;
        ConversationReferenceId = recipient.ConversationReferenceId;
        Text = text;
        CardJson = cardJson;
        CreatedAt = NextAttemptAt = now;
    }

    public int Id { get; private set; }
    public string Occasion { get; private set; }

    /// <summary><c>person:12</c> or <c>conversation:34</c>.</summary>
    public string Recipient { get; private set; }

    public int? PersonId { get; private set; }
    public int? ConversationReferenceId { get; private set; }
    public string Text { get; private set; }
    public string? CardJson { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public int? LastHttpStatus { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTimeOffset now) => Finish(OutboxStatus.Sent, now, null, null);

    public void MarkGone(DateTimeOffset now, int? httpStatus) => Finish(OutboxStatus.RecipientGone, now, httpStatus, "recipient gone");

    public void MarkFailed(DateTimeOffset now, int? httpStatus, string error) => Finish(OutboxStatus.Failed, now, httpStatus, error);

    /// <summary>Tries again later; after <paramref name="maxAttempts"/> the message is given up as failed.</summary>
    public void Retry(DateTimeOffset now, TimeSpan after, int? httpStatus, string error, int maxAttempts)
    {
        if (Attempts + 1 >= maxAttempts)
        {
            Finish(OutboxStatus.Failed, now, httpStatus, error);
            return;
        }
        Attempts++;
        LastHttpStatus = httpStatus;
        LastError = error;
        NextAttemptAt = now + after;
    }

    private void Finish(OutboxStatus status, DateTimeOffset now, int? httpStatus, string? error)
    {
        Attempts++;
        Status = status;
        FinishedAt = now;
        LastHttpStatus = httpStatus;
        LastError = error;
    }
}

/// <summary>Who an outbox message goes to: a person (their 1:1 chat) or a conversation (a team's channel or group chat).</summary>
public sealed record OutboxRecipient(string Key, int? PersonId, int? ConversationReferenceId)
{
    public static OutboxRecipient Person(int id) => new($"person:{id}", id, null);

    public static OutboxRecipient Conversation(int id) => new($"conversation:{id}", null, id);
}
