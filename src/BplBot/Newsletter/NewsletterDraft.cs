namespace BplBot.Newsletter;

/// <summary>
/// One built version of a meeting's newsletter draft in all three formats, with the overview figures the card shows.
/// Rebuilding adds a new version; earlier ones are kept.
/// </summary>
public sealed class NewsletterDraft
{
    private NewsletterDraft()
    {
        Docx = [];
        Html = Markdown = string.Empty;
    }

    public NewsletterDraft(int meetingId, int version, DateTimeOffset createdAt, Domain.Newsletter.NetworkOverview overview, byte[] docx, string html, string markdown)
        : this()
    {
        ArgumentNullException.ThrowIfNull(overview);
        if (version < 1) throw new ArgumentOutOfRangeException(nameof(version), "Versions start at 1.");
        MeetingId = meetingId;
        Version = version;
        CreatedAt = createdAt.ToUniversalTime();
        TeamsInNetwork = overview.TeamsInNetwork;
        TeamsReported = overview.TeamsReported;
        Median = overview.Median;
        PreviousMedian = overview.PreviousMedian;
        ShareAtLeast3 = overview.ShareAtLeast3;
        ShareAtLeast4 = overview.ShareAtLeast4;
        Docx = docx;
        Html = html;
        Markdown = markdown;
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int TeamsInNetwork { get; private set; }
    public int TeamsReported { get; private set; }
    public decimal? Median { get; private set; }
    public decimal? PreviousMedian { get; private set; }
    public double? ShareAtLeast3 { get; private set; }
    public double? ShareAtLeast4 { get; private set; }
    public byte[] Docx { get; private set; }
    public string Html { get; private set; }
    public string Markdown { get; private set; }
}
