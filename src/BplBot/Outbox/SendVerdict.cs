using BplBot.BotFramework;

namespace BplBot.Outbox;

public enum Verdict
{
    Sent,
    /// <summary>403: the person removed the bot. Not retried; listed in the digest.</summary>
    Gone,
    /// <summary>Throttled (429/412/502/504), another 5xx, a 408 or no token yet: Teams surely did not show it. Retried.</summary>
    Retry,
    /// <summary>No answer after the request went out (a timeout, a broken connection): it may have reached Teams. Counted, then retried.</summary>
    InDoubt,
    /// <summary>Teams refuses the message as it is (400, 404, 401, an untrusted service URL): retrying would not help.</summary>
    Permanent,
}

/// <summary>
/// The one retry policy for proactive messages, decided by the classified send result. The wait is the connector's
/// <c>Retry-After</c> when it gave one, else the bot's one jittered exponential backoff (<see cref="RetryDelay"/>).
/// </summary>
public static class SendVerdict
{
    public static Verdict Of(SendResult result) => result switch
    {
        { Status: SendStatus.Sent } => Verdict.Sent,
        { Status: SendStatus.RecipientGone } => Verdict.Gone,
        { Status: SendStatus.Throttled } => Verdict.Retry,
        { HttpStatus: null, ErrorCode: "Timeout" or "NetworkError" } => Verdict.InDoubt,
        { HttpStatus: null, ErrorCode: "TokenUnavailable" } => Verdict.Retry,
        { HttpStatus: >= 500 or 408 } => Verdict.Retry,
        _ => Verdict.Permanent,
    };

    public static TimeSpan Wait(SendResult result, int attempts, OutboxOptions options) =>
        result.RetryAfter ?? RetryDelay.Backoff(attempts + 1, options.RetryBaseDelay, OutboxOptions.MaxRetryDelay);
}
