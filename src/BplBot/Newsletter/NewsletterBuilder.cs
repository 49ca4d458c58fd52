using BplBot.Audit;
using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Domain.Network;
using BplBot.Domain.Newsletter;
using BplBot.Domain.Rating;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Newsletter;

/// <summary>Builds a new version of a meeting's draft from the database: compose, draw, write the three formats, save.</summary>
public sealed class NewsletterBuilder(BplDbContext db, TimeProvider time, AuditTrail audit, ILogger<NewsletterBuilder> logger)
{
    /// <summary>A build by the bot itself (the job after a meeting).</summary>
    public Task<NewsletterDraft> BuildAsync(int meetingId, CancellationToken ct) => BuildAsync(meetingId, null, ct);

    /// <summary>A build asked for by <paramref name="builtBy"/> (a coordinator in chat); audited with the draft.</summary>
    public async Task<NewsletterDraft> BuildAsync(int meetingId, int? builtBy, CancellationToken ct)
    {
        var input = await InputAsync(meetingId, ct);
        var content = NewsletterComposer.Compose(input);
        var images = NewsletterImages.Draw(content);
        var docx = DocxWriter.Write(content, images);
        var html = HtmlWriter.Write(content, images);
        var markdown = MarkdownWriter.Write(content);
        var version = (await db.NewsletterDrafts.Where(d => d.MeetingId == meetingId).MaxAsync(d => (int?)d.Version, ct) ?? 0) + 1;
        var draft = new NewsletterDraft(meetingId, version, time.GetUtcNow(), content.Overview, docx, html, markdown);
        db.NewsletterDrafts.Add(draft);
        audit.Add(AuditAction.NewsletterBuilt, builtBy is null ? AuditActor.Bot : AuditActor.Person, builtBy,
            detail: $"{input.Meeting.Ordinal}/{version}");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Newsletter draft {Version} for meeting {MeetingId} built: {Reported} of {Teams} teams reported, {Bytes} bytes docx",
            version, meetingId, content.Overview.TeamsReported, content.Overview.TeamsInNetwork, docx.Length);
        return draft;
    }

    private async Task<NewsletterInput> InputAsync(int meetingId, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => !m.IsCancelled).OrderBy(m => m.StartsAt).ToListAsync(ct);
        var meeting = meetings.SingleOrDefault(m => m.Id == meetingId) ?? throw new InvalidOperationException($"Meeting {meetingId} is not held.");
        var previous = meetings.LastOrDefault(m => m.StartsAt < meeting.StartsAt);
        var next = meetings.FirstOrDefault(m => m.StartsAt > meeting.StartsAt);
        var periods = new[] { (int?)meeting.Id, previous?.Id };
        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => c.SupersededAt == null && periods.Contains(c.PeriodMeetingId)).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToListAsync(ct);
        var measures = (await db.Measures.AsNoTracking().Include(m => m.Values).ToListAsync(ct)).ToLookup(m => m.TeamId);
        var people = await db.People.AsNoTracking().Where(p => p.Roles.Any(r => r.Role == Role.Coordinator || r.Role == Role.Coach))
            .OrderBy(p => p.Name).ToListAsync(ct);
        var info = await db.NetworkInfo.AsNoTracking().FirstOrDefaultAsync(ct);

        var reports = teams.Select(t => new TeamReport(t,
            checkIns.Where(c => c.TeamId == t.Id && c.PeriodMeetingId == meeting.Id).MaxBy(c => c.SubmittedAt),
            previous is null ? null : checkIns.Where(c => c.TeamId == t.Id && c.PeriodMeetingId == previous.Id).MaxBy(c => c.SubmittedAt),
            measures[t.Id].ToList())).ToList();
        var teamNames = teams.ToDictionary(t => t.Id, t => t.ShortName);
        var contacts = people.Where(p => p.IsCoordinator).Select(p => new Contact(p.Name, "samordnare", p.Email))
            .Concat(people.Where(p => !p.IsCoordinator).Select(p => new Contact(p.Name,
                "coach för " + string.Join(", ", p.CoachOf.Select(id => teamNames.GetValueOrDefault(id, "?"))), p.Email)))
            .ToList();
        return new NewsletterInput(info?.Name ?? "Bästa platsen att växa upp, leva och bo på", meeting, next, reports, contacts,
            info?.SmallCountThreshold ?? 0, ImprovementScale.Default);
    }
}
