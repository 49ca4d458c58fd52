namespace BplBot.Outbox;

public enum OutboxStatus
{
    Pending,
    /// <summary>The send has begun: found in this state by anyone but its sender, it may or may not have reached Teams.</summary>
    Sending,
    Sent,
    /// <summary>403 from Teams: the person uninstalled the bot or left the team. Listed in the digest, not retried.</summary>
    RecipientGone,
    /// <summary>Gave up: no way to reach the person, a message Teams refuses (400/404), or the attempts ran out.</summary>
    Failed,
}

/// <summary>
/// One proactive message to one recipient for one occasion ("reminder:9:3", "digest:2027-W03"). The pair is unique,
/// so planning the same occasion twice, a rerun or a restart never sends twice. A sender claims rows with a lease
/// (<see cref="LeaseId"/> is the fencing token: only the holder may finish the row); a row whose lease ran out while
/// it was <see cref="OutboxStatus.Sending"/> is counted <see cref="InDoubt"/> and sent again.
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

    /// <summary>The instance that holds the lease (for operators).</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>The claim's fencing token; a concurrency token, so a finish by anyone but the holder changes nothing.</summary>
    public Guid? LeaseId { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>How often a send may have reached Teams without the bot knowing (timeout, or the sender died mid-send).</summary>
    public int InDoubt { get; private set; }

    /// <summary>Teams' id of the delivered message.</summary>
    public string? ActivityId { get; private set; }

    /// <summary>Written (and committed) right before the POST.</summary>
    public void BeginSend() => Status = OutboxStatus.Sending;

    public void MarkSent(DateTimeOffset now, string? activityId)
    {
        ActivityId = activityId;
        Finish(OutboxStatus.Sent, now, null, null);
    }

    public void MarkGone(DateTimeOffset now, int? httpStatus) => Finish(OutboxStatus.RecipientGone, now, httpStatus, "recipient gone");

    public void MarkFailed(DateTimeOffset now, int? httpStatus, string error) => Finish(OutboxStatus.Failed, now, httpStatus, error);

    /// <summary>
    /// Tries again later; after <paramref name="maxAttempts"/> the message is given up as failed. An answer that never
    /// came (<paramref name="inDoubt"/>) is counted first: the retry may be a second copy.
    /// </summary>
    public void Retry(DateTimeOffset now, TimeSpan after, int? httpStatus, string error, int maxAttempts, bool inDoubt = false)
    {
        if (inDoubt) InDoubt++;
        if (Attempts + 1 >= maxAttempts)
        {
            Finish(OutboxStatus.Failed, now, httpStatus, error);
            return;
        }
        Attempts++;
        Status = OutboxStatus.Pending;
        LastHttpStatus = httpStatus;
        LastError = error;
        NextAttemptAt = now + after;
        ReleaseLease();
    }

    /// <summary>Not sent now (a pause, or shutting down): back in the queue without an attempt counted.</summary>
    public void Postpone(DateTimeOffset until)
    {
        Status = OutboxStatus.Pending;
        NextAttemptAt = until;
        ReleaseLease();
    }

    private void Finish(OutboxStatus status, DateTimeOffset now, int? httpStatus, string? error)
    {
        Attempts++;
        Status = status;
        FinishedAt = now;
        LastHttpStatus = httpStatus;
        LastError = error;
        ReleaseLease();
    }

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseId = null;
        LeaseUntil = null;
    }
}

/// <summary>Who an outbox message goes to: a person (their 1:1 chat) or a conversation (a team's channel or group chat).</summary>
public sealed record OutboxRecipient(string Key, int? PersonId, int? ConversationReferenceId)
{
    public static OutboxRecipient Person(int id) => new($"person:{id}", id, null);

    public static OutboxRecipient Conversation(int id) => new($"conversation:{id}", null, id);
}
