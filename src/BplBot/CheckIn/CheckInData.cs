using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace BplBot.CheckIn;

/// <summary>What a check-in reads: the member's teams, a team's measures with their history, the current period.</summary>
public sealed class CheckInData(BplDbContext db, TimeProvider time)
{
    /// <summary>How many earlier points a new value is compared with.</summary>
    private const int HistoryPoints = 12;

    public async Task<IReadOnlyList<ImprovementTeam>> TeamsOfAsync(Person person, CancellationToken ct)
    {
        var ids = person.MemberOf.ToList();
        return await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.ShortName).ToListAsync(ct);
    }

    public async Task<ReportPeriod> CurrentPeriodAsync(CancellationToken ct) =>
        ReportPeriod.Current(await db.Meetings.AsNoTracking().ToListAsync(ct), time.GetUtcNow());

    /// <summary>The team's check-in that counts for the period (the newest not replaced), if any.</summary>
    public Task<TeamCheckIn?> CurrentCheckInAsync(int teamId, int? periodMeetingId, CancellationToken ct) =>
        db.CheckIns.Where(c => c.TeamId == teamId && c.PeriodMeetingId == periodMeetingId && c.SupersededAt == null)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    /// <summary>A fresh draft for the team: its measures with last values, and its latest self-rating.</summary>
    public async Task FillForTeamAsync(CheckInDraft draft, ImprovementTeam team, CancellationToken ct)
    {
        draft.TeamId = team.Id;
        draft.TeamName = team.ShortName;
        var measures = await db.Measures.AsNoTracking().Include(m => m.Values)
            .Where(m => m.TeamId == team.Id).OrderBy(m => m.Id).ToListAsync(ct);
        draft.Measures = measures.Select(m =>
        {
            var ordered = m.Values.OrderBy(v => v.Date).ToList();
            var last = ordered.LastOrDefault();
            return new DraftMeasure
            {
                MeasureId = m.Id, Name = m.Name, Unit = m.Unit, CountNoun = m.CountNoun, Kind = m.Kind, HigherIsBetter = m.HigherIsBetter,
                Goal = m.GoalValue,
                LastValue = last?.Value, LastDate = last?.Date,
                History = ordered.TakeLast(HistoryPoints).Select(v => v.Value).ToList(),
            };
        }).ToList();
        draft.MeasureIndex = 0;

        var latest = await db.CheckIns.AsNoTracking().Where(c => c.TeamId == team.Id && c.SupersededAt == null)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        draft.PreviousRating = latest?.Rating;
        draft.PreviousRatingDate = latest is null ? null : Stockholm.Today(latest.SubmittedAt);

        var open = await db.SupportRequests.AsNoTracking().Where(r => r.TeamId == team.Id && r.ResolvedAt == null)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        draft.OpenSupportId = open?.Id;
        draft.OpenSupportTopic = open?.Topic;
        if (open is not null)
        {
            // Until the member says otherwise, the open request stays (the form shows it switched on).
            draft.WantsSupport = true;
            draft.SupportTopic = open.Topic;
            draft.KeepsOpenSupport = true;
        }
    }

    /// <summary>Whether the person is (still) a member of the team, read now: a role may have been revoked mid-dialog.</summary>
    public Task<bool> IsMemberAsync(int personId, int teamId, CancellationToken ct) =>
        db.Roles.AsNoTracking().AnyAsync(r => r.PersonId == personId && r.TeamId == teamId && r.Role == Role.Member, ct);

    public Task<ImprovementTeam?> TeamAsync(int teamId, CancellationToken ct) =>
        db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
}
