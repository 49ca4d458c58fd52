using System.Text;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace BplBot.CheckIn;

public sealed record SavedCheckIn(TeamCheckIn CheckIn, ReportPeriod Period, SupportRequest? Support, bool Replaced);

/// <summary>
/// Saves a finished draft: new measure definitions, the check-in, its points in the measures' series, and a support
/// request. Runs inside the dialog turn's transaction, so all of it is saved or none. A check-in for a period that
/// already has one replaces it: the old one is kept, marked superseded, and its points leave the series.
/// </summary>
public sealed class CheckInSaver(BplDbContext db, TimeProvider time)
{
    public async Task<SavedCheckIn> SaveAsync(CheckInDraft draft, Person? person, CancellationToken ct)
    {
        var teamId = draft.TeamId ?? throw new InvalidOperationException("A check-in needs a team.");
        var now = time.GetUtcNow();
        var period = ReportPeriod.Current(await db.Meetings.AsNoTracking().ToListAsync(ct), now);
        var measures = await db.Measures.Include(m => m.Values).Where(m => m.TeamId == teamId).ToListAsync(ct);

        foreach (var added in draft.Measures.Where(m => m.IsNew))
        {
            var definition = new MeasureDefinition(teamId, UniqueKey(added.Name, measures), added.Name, added.Unit, added.Kind, added.HigherIsBetter);
            definition.SetGoal(added.Goal, null);
            db.Measures.Add(definition);
            measures.Add(definition);
            await db.SaveChangesAsync(ct);
            added.MeasureId = definition.Id;
        }

        var content = new CheckInContent(draft.Rating ?? throw new InvalidOperationException("A check-in needs a rating."),
            draft.Reason ?? string.Empty,
            draft.Measures.Where(m => m.MeasureId is not null).Select(m => new MeasureAnswer(m.MeasureId!.Value, m.Value)).ToList(),
            draft.Tested, draft.Learned, draft.NextStep, draft.WantsSupport == true ? draft.SupportTopic : null);
        var checkIn = new TeamCheckIn(teamId, period.MeetingId, person?.Id, now, content);
        db.CheckIns.Add(checkIn);
        await db.SaveChangesAsync(ct);

        var today = Stockholm.Today(now);
        foreach (var answer in content.Answers.Where(a => a.Value is not null))
            measures.Single(m => m.Id == answer.MeasureId).Record(today, answer.Value!.Value, now, checkIn.Id);

        var previous = await db.CheckIns
            .Where(c => c.TeamId == teamId && c.PeriodMeetingId == period.MeetingId && c.SupersededAt == null && c.Id != checkIn.Id)
            .ToListAsync(ct);
        foreach (var old in previous)
        {
            old.SupersedeBy(checkIn);
            foreach (var m in measures) m.RemoveValuesOf(old.Id);
        }
        // An open request survives the report: kept as it is, replaced by a new question, or withdrawn by the member.
        SupportRequest? support = null;
        var open = draft.OpenSupportId is { } openId ? await db.SupportRequests.SingleOrDefaultAsync(s => s.Id == openId && s.ResolvedAt == null, ct) : null;
        if (!draft.KeepsOpenSupport)
        {
            open?.Withdraw(now);
            if (content.SupportTopic is { Length: > 0 } topic)
                support = db.SupportRequests.Add(new SupportRequest(teamId, checkIn.Id, person?.Id, topic, now)).Entity;
        }
        await db.SaveChangesAsync(ct);
        return new SavedCheckIn(checkIn, period, support, previous.Count > 0);
    }

    private static string UniqueKey(string name, IEnumerable<MeasureDefinition> existing)
    {
        var slug = new StringBuilder();
        foreach (var c in TextMatch.Normalize(name)) slug.Append(char.IsLetterOrDigit(c) ? c : '-');
        var key = slug.ToString().Trim('-');
        if (key.Length == 0) key = "matt";
        if (key.Length > 60) key = key[..60];
        var taken = existing.Select(m => m.Key).ToHashSet();
        var candidate = key;
        for (var i = 2; taken.Contains(candidate); i++) candidate = $"{key}-{i}";
        return candidate;
    }
}
