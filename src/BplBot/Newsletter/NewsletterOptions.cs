using System.ComponentModel.DataAnnotations;

namespace BplBot.Newsletter;

/// <summary>Settings under <c>Newsletter</c>.</summary>
public sealed class NewsletterOptions
{
    public const string Section = "Newsletter";

    /// <summary>How long after a meeting ends the draft is built and the coordinators are told.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Newsletter:BuildAfterMeeting must be between 0 and 7 days.")]
    public TimeSpan BuildAfterMeeting { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the download links in a newsletter card work.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "Newsletter:LinkLifetime must be between 5 minutes and 30 days.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);
}
