using BplBot.Audit;
using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Domain.CheckIn;
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
        var earlierIds = meetings.Where(m => m.StartsAt <= meeting.StartsAt).Select(m => (int?)m.Id).ToList();
        // This period's and every earlier one's current reports: the team's last rating before, even when it skipped a meeting.
        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => c.SupersededAt == null && earlierIds.Contains(c.PeriodMeetingId)).ToListAsync(ct);
        var ordinals = meetings.ToDictionary(m => m.Id, m => (m.Ordinal, m.StartsAt));
        var teams = await db.Teams.AsNoTracking().ToListAsync(ct);
        var measures = (await db.Measures.AsNoTracking().Include(m => m.Values).ToListAsync(ct)).ToLookup(m => m.TeamId);
        var info = await db.NetworkInfo.AsNoTracking().FirstOrDefaultAsync(ct);

        TeamCheckIn? For(int teamId, Meeting? m) => m is null ? null
            : checkIns.Where(c => c.TeamId == teamId && c.PeriodMeetingId == m.Id).MaxBy(c => c.SubmittedAt);
        var reports = teams.Select(t =>
        {
            var before = For(t.Id, previous);
            var earlier = before is not null || previous is null ? null : checkIns
                .Where(c => c.TeamId == t.Id && c.PeriodMeetingId is { } p && p != meeting.Id && ordinals[p].StartsAt < previous.StartsAt)
                .MaxBy(c => ordinals[c.PeriodMeetingId!.Value].StartsAt);
            return new TeamReport(t, For(t.Id, meeting), before, measures[t.Id].ToList())
            {
                Earlier = earlier is null ? null : new EarlierRating(earlier.Rating, ordinals[earlier.PeriodMeetingId!.Value].Ordinal),
            };
        }).ToList();
        return new NewsletterInput(info?.Name ?? "Bästa platsen att växa upp, leva och bo på", meeting, next, reports,
            await ContactsAsync(teams, ct), info?.SmallCountThreshold ?? 0, ImprovementScale.Default)
        {
            PreviousMeeting = previous,
            BuiltAt = time.GetUtcNow(),
        };
    }

    /// <summary>
    /// The coordinators and coaches the network names, with the teams each coach follows. A role someone took to try the
    /// demo makes no one a contact.
    /// </summary>
    private async Task<List<Contact>> ContactsAsync(List<ImprovementTeam> teams, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => p.Roles.Any(r => (r.Role == Role.Coordinator || r.Role == Role.Coach) && r.Source != RoleSource.Demo))
            .OrderBy(p => p.Name).ToListAsync(ct);
        var names = teams.ToDictionary(t => t.Id, t => t.ShortName);
        bool Holds(Person p, Role role) => p.Roles.Any(r => r.Role == role && r.Source != RoleSource.Demo);
        return people.Where(p => Holds(p, Role.Coordinator)).Select(p => new Contact(p.Name, "samordnare", p.Email))
            .Concat(people.Where(p => !Holds(p, Role.Coordinator)).Select(p => new Contact(p.Name,
                "coach för " + string.Join(", ", p.Roles.Where(r => r.Role == Role.Coach && r.Source != RoleSource.Demo)
                    .Select(r => names.GetValueOrDefault(r.TeamId!.Value, "?")).Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))),
                p.Email)))
            .ToList();
    }
}
