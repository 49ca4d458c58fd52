using System.Net.Http.Headers;

namespace BplBot.BotFramework;

/// <summary>How long to wait before the next attempt of a throttled connector call (spec §5 "Rate limits").</summary>
internal static class RetryDelay
{
    /// <summary>Exponential from the base delay, ±20 % jitter so parallel senders don't retry in lockstep, capped.</summary>
    public static TimeSpan Backoff(int failedAttempt, BotOptions options)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, failedAttempt - 1);
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, options.RetryMaxDelay.TotalMilliseconds));
    }

    /// <summary>The server's Retry-After (seconds or an HTTP date), never negative; null when absent.</summary>
    public static TimeSpan? FromHeader(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        var delay = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return delay is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
