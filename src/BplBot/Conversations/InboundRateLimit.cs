using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using BplBot.BotFramework;
using Microsoft.Extensions.Options;

namespace BplBot.Conversations;

/// <summary>Settings under <c>Conversations</c>.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>Messages one person may send in a minute before the bot asks them to slow down (a script, not a person).</summary>
    [Range(5, 1000, ErrorMessage = "Conversations:MessagesPerMinute must be between 5 and 1000.")]
    public int MessagesPerMinute { get; set; } = 30;
}

/// <summary>
/// A flood from one account (every message is a write) is answered politely instead of worked through. Per person
/// and per instance: a sliding minute in six steps.
/// </summary>
public sealed class InboundRateLimit(IOptions<ConversationOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.MessagesPerMinute, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public bool Allows(Activity activity)
    {
        var who = activity.From?.AadObjectId ?? activity.From?.Id ?? "?";
        using var lease = _limiter.AttemptAcquire(who);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
