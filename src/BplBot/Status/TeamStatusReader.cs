using BplBot.Charts;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Status;

/// <summary>Loads a team's status: its current check-ins, measures with their run-chart analysis, open requests.</summary>
public sealed class TeamStatusReader(BplDbContext db, TimeProvider time)
{
    public async Task<TeamStatus> ReadAsync(ImprovementTeam team, CancellationToken ct)
    {
        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => c.TeamId == team.Id && c.SupersededAt == null).OrderBy(c => c.Id).ToListAsync(ct);
        var coach = await db.CoachRatings.AsNoTracking().Where(r => r.TeamId == team.Id)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var measures = await db.Measures.AsNoTracking().Include(m => m.Values)
            .Where(m => m.TeamId == team.Id).OrderBy(m => m.Id).ToListAsync(ct);
        var open = await db.SupportRequests.AsNoTracking()
            .Where(s => s.TeamId == team.Id && s.ResolvedAt == null).OrderBy(s => s.Id).ToListAsync(ct);
        var period = ReportPeriod.Current(await db.Meetings.AsNoTracking().ToListAsync(ct), time.GetUtcNow());
        return new TeamStatus(team, checkIns, coach,
            measures.Select(m => new MeasureStatus(m, MeasureAnalysis.Analyze(m))).ToList(), open, period);
    }
}
