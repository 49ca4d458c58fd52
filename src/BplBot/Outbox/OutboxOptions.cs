using System.ComponentModel.DataAnnotations;

namespace BplBot.Outbox;

/// <summary>Settings under <c>Outbox</c>: how fast proactive messages go out, and how hard they are retried.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(10);

    /// <summary>Teams allows about 7 messages a second to one conversation.</summary>
    [Range(1, 50, ErrorMessage = "Outbox:PerConversationPerSecond must be between 1 and 50.")]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>All the bot's proactive messages in one tenant, per second.</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:PerTenantPerSecond must be between 1 and 1000.")]
    public int PerTenantPerSecond { get; set; } = 30;

    /// <summary>Sends in flight at once (to different conversations, within the limits): hides the connector's latency.</summary>
    [Range(1, 32, ErrorMessage = "Outbox:MaxConcurrentSends must be between 1 and 32.")]
    public int MaxConcurrentSends { get; set; } = 8;

    [Range(1, 50, ErrorMessage = "Outbox:MaxAttempts must be between 1 and 50.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first wait before a retry; it doubles per attempt (with jitter), up to 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Outbox:RetryBaseDelay must be at most 1 hour.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the dispatcher looks for due messages, besides right after new ones are planned.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Outbox:PollInterval must be between 1 second and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a claimed row is its sender's: a sender that dies leaves its rows to the next dispatcher after this.
    /// Longer than a send can take (the connector's timeout and the limits' waits).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:30:00", ErrorMessage = "Outbox:LeaseTime must be between 2 seconds and 30 minutes.")]
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromMinutes(2);
}
