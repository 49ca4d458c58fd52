using System.ComponentModel.DataAnnotations;

namespace BplBot.Retention;

/// <summary>
/// Settings under <c>Retention</c>: how long each kind of data is kept before the nightly job deletes it. The README's
/// table says what each holds and why it is kept that long. The network's records (teams, measures, reports, meetings)
/// have no setting: they are kept until the network exports them to its archive.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Ids of handled activities: Teams redelivers within minutes, so older claims only take space.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00", ErrorMessage = "Retention:ProcessedActivities must be between 1 hour and 30 days.")]
    public TimeSpan ProcessedActivities { get; set; } = TimeSpan.FromDays(2);

    /// <summary>A check-in left unfinished is kept this long after it expired, so the member is told on their next message.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "90.00:00:00", ErrorMessage = "Retention:ExpiredDialogs must be between 0 and 90 days.")]
    public TimeSpan ExpiredDialogs { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A proactive message (reminder, digest, newsletter card) after it was sent or given up.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:OutboxMessages must be between 1 and 3650 days.")]
    public TimeSpan OutboxMessages { get; set; } = TimeSpan.FromDays(90);

    /// <summary>An earlier version of a newsletter draft (the latest version of each meeting is kept).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:NewsletterVersions must be between 1 and 3650 days.")]
    public TimeSpan NewsletterVersions { get; set; } = TimeSpan.FromDays(180);

    /// <summary>A line of the audit trail (role changes, erasures, newsletter builds, exports).</summary>
    [Range(typeof(TimeSpan), "30.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:AuditEntries must be between 30 and 3650 days.")]
    public TimeSpan AuditEntries { get; set; } = TimeSpan.FromDays(730);

    /// <summary>A person the network file does not list and who has not been seen this long is erased.</summary>
    [Range(typeof(TimeSpan), "30.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:InactivePeople must be between 30 and 3650 days.")]
    public TimeSpan InactivePeople { get; set; } = TimeSpan.FromDays(365);

    /// <summary>A Teams account that wrote to the bot but is nobody in the network, and its 1:1 chat, after its last message.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:UnknownAccounts must be between 1 and 3650 days.")]
    public TimeSpan UnknownAccounts { get; set; } = TimeSpan.FromDays(90);
}
