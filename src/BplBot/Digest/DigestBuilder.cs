using BplBot.Charts;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Text;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Digest;

/// <summary>
/// The coordinators' weekly digest: per team only what is new since the person's last digest (a report and how its
/// rating moved, a measure whose headline changed, a request for support made or handled), then the teams still
/// missing before the next meeting, requests left open from earlier, and the people the bot cannot reach.
/// </summary>
public sealed class DigestBuilder(BplDbContext db, DigestMark mark, DigestProblems problems, TimeProvider time)
{
    public async Task<DigestContent> BuildAsync(int? personId, Language l, CancellationToken ct, string? excludingOccasion = null)
    {
        var now = time.GetUtcNow();
        var (since, fromLast) = await mark.ForAsync(personId, now, excludingOccasion, ct);
        var teams = (await db.Teams.AsNoTracking().ToListAsync(ct)).OrderBy(t => t.ShortName, StringComparer.Create(l.Culture(), false)).ToList();
        var checkIns = await db.CheckIns.AsNoTracking().ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(ct);
        var measures = (await db.Measures.AsNoTracking().Include(m => m.Values).ToListAsync(ct)).ToLookup(m => m.TeamId);
        var requests = (await db.SupportRequests.AsNoTracking().ToListAsync(ct)).ToLookup(r => r.TeamId);
        var ordinals = meetings.ToDictionary(m => m.Id, m => m.Ordinal);
        var sinceDay = Stockholm.Today(since);

        var news = new List<TeamNews>();
        foreach (var team in teams)
        {
            // Two lines at most: what the team did (its report, its requests for support), then what its measures show.
            var did = new[]
            {
                DigestNews.Report(checkIns.Where(c => c.TeamId == team.Id).ToList(), since, now, ordinals, l),
                DigestNews.Support(requests[team.Id].ToList(), since, now, l),
            }.OfType<NewsLine>().ToList();
            var lines = new List<NewsLine>();
            if (did.Count > 0) lines.Add(new NewsLine(string.Join(" ", did.Select(d => d.Text)), did.Any(d => d.Attention)));
            if (DigestNews.Measures(measures[team.Id].ToList(), sinceDay, l) is { } changed) lines.Add(changed);
            if (lines.Count > 0) news.Add(new TeamNews(team.ShortName, lines));
        }
        var ordered = news.OrderByDescending(n => n.NeedsAttention).ToList();
        return new DigestContent(since, fromLast, ordered, Missing(teams, checkIns, meetings, now, l), EarlierRequests(teams, requests, since, l),
            await problems.ReadAsync(since, l, ct));
    }

    /// <summary>"Har inte rapporterat inför träff 9 (tisdag 5 januari): Arena för hälsa, Länet."</summary>
    private static string? Missing(List<ImprovementTeam> teams, List<TeamCheckIn> checkIns, List<Meeting> meetings, DateTimeOffset now, Language l)
    {
        var period = ReportPeriod.Current(meetings, now);
        if (period.MeetingOrdinal is not { } ordinal || period.EndsAt is not { } end) return null;
        var reported = checkIns.Where(c => c.PeriodMeetingId == period.MeetingId && c.SupersededAt == null).Select(c => c.TeamId).ToHashSet();
        var missing = teams.Where(t => !reported.Contains(t.Id)).Select(t => MarkdownText.Escape(t.ShortName)).ToList();
        var day = Stockholm.Today(end).ToString("dddd d MMMM", l.Culture());
        return missing.Count == 0
            ? l.Pick($"Alla team har rapporterat inför träff {ordinal} ({day}).", $"Every team has reported for meeting {ordinal} ({day}).")
            : l.Pick($"Har inte rapporterat inför träff {ordinal} ({day}): {Lists.Join(missing, l)}.",
                $"Not yet reported for meeting {ordinal} ({day}): {Lists.Join(missing, l)}.");
    }

    /// <summary>Requests for support made before the window and still open: one line, the teams and since when.</summary>
    private static string? EarlierRequests(List<ImprovementTeam> teams, ILookup<int, SupportRequest> requests, DateTimeOffset since, Language l)
    {
        var open = teams.Select(t => (Team: t, Oldest: requests[t.Id].Where(r => r.IsOpen && r.CreatedAt < since).MinBy(r => r.CreatedAt)))
            .Where(x => x.Oldest is not null)
            .Select(x => $"{MarkdownText.Escape(x.Team.ShortName)} ({l.Pick("sedan", "since")} {Formats.Date(Stockholm.Today(x.Oldest!.CreatedAt), l)})")
            .ToList();
        return open.Count == 0 ? null : l.Pick($"Öppna önskemål om stöd sedan tidigare: {Lists.Join(open, l)}.",
            $"Requests for support still open from earlier: {Lists.Join(open, l)}.");
    }
}
