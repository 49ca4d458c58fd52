using System.ComponentModel.DataAnnotations;

namespace BplBot.Status;

/// <summary>Settings under <c>Status</c>.</summary>
public sealed class StatusOptions
{
    public const string Section = "Status";

    /// <summary>When true, every coach may see every team (by default a coach sees the teams they coach).</summary>
    public bool CoachesSeeAllTeams { get; set; }

    /// <summary>Charts are put in the card as data: URIs while the whole card stays under this size; else linked.</summary>
    [Range(0, 27_000, ErrorMessage = "Status:InlineChartsMaxBytes must be between 0 and 27000 (Teams' card limit is about 28 KB).")]
    public int InlineChartsMaxBytes { get; set; } = 24_000;

    /// <summary>
    /// How long a chart link in a card works. Teams fetches the image each time the card is shown, so a link lives as
    /// long as people are likely to scroll back to the card; the image is kept as it was drawn until then.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "400.00:00:00", ErrorMessage = "Status:ChartLinkLifetime must be between 1 minute and 400 days.")]
    public TimeSpan ChartLinkLifetime { get; set; } = TimeSpan.FromDays(120);

    /// <summary>The bot's public https address for chart links (e.g. https://bplbot.example.se); empty = the request's own host.</summary>
    public string? PublicBaseUrl { get; set; }
}
