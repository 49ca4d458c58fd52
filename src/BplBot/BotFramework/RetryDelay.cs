using System.Net.Http.Headers;

namespace BplBot.BotFramework;

/// <summary>How long to wait before the next attempt of a throttled connector call (spec §5 "Rate limits").</summary>
internal static class RetryDelay
{
    public static TimeSpan Backoff(int failedAttempt, BotOptions options) => Backoff(failedAttempt, options.RetryBaseDelay, options.RetryMaxDelay);

    /// <summary>
    /// The one backoff of the bot, for a reply retried in-process and for an outbox row retried later alike:
    /// exponential from the base delay, ±20 % jitter so parallel senders don't retry in lockstep, capped.
    /// </summary>
    public static TimeSpan Backoff(int failedAttempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failedAttempt - 1, 0, 20));
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }

    /// <summary>The server's Retry-After (seconds or an HTTP date), never negative; null when absent.</summary>
    public static TimeSpan? FromHeader(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        var delay = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return delay is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
