using System.ComponentModel.DataAnnotations;

namespace BplBot.Privacy;

/// <summary>Settings under <c>Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// How long a link to a person's own data (<c>mina data</c>) or to the network's export (<c>exportera</c>) works.
    /// Short: whoever holds the link gets the file, without logging in.
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = "Privacy:LinkLifetime must be between 5 minutes and 7 days.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
