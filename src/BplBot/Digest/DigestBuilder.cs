using BplBot.Text;
using System.Text;
using BplBot.CheckIn;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Rating;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Outbox;
using BplBot.Charts;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Digest;

/// <summary>
/// The coordinators' weekly digest: check-ins since last week, teams still missing before the next meeting, rating
/// changes, new run-chart signals, open requests for help, the next meetings, and people the bot can no longer reach.
/// </summary>
public sealed class DigestBuilder(BplDbContext db, TimeProvider time)
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(7);

    public async Task<string> BuildAsync(Language l, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var since = now - Period;
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ShortName, ct);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.SupersededAt == null).OrderBy(c => c.Id).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(ct);
        var period = ReportPeriod.Current(meetings, now);
        var text = new StringBuilder(l.Pick($"**Veckans sammanfattning** ({Formats.Date(Stockholm.Today(since), l)} – {Formats.Date(Stockholm.Today(now), l)})\n\n",
            $"**This week's digest** ({Formats.Date(Stockholm.Today(since), l)} – {Formats.Date(Stockholm.Today(now), l)})\n\n"));

        var recent = checkIns.Where(c => c.SubmittedAt >= since).ToList();
        Section(text, l.Pick("Nya rapporter", "New reports"), recent.Select(c =>
        {
            var previous = checkIns.LastOrDefault(p => p.TeamId == c.TeamId && p.Id < c.Id);
            var change = previous is null || previous.Rating == c.Rating ? string.Empty
                : $" ({ImprovementScale.Format(previous.Rating, l)} → {ImprovementScale.Format(c.Rating, l)})";
            return $"{teams[c.TeamId]}: {ImprovementScale.Format(c.Rating, l)}{change}, {Formats.Date(Stockholm.Today(c.SubmittedAt), l)}";
        }), l.Pick("inga den här veckan", "none this week"));

        if (period.MeetingOrdinal is { } ordinal)
        {
            var reported = checkIns.Where(c => c.PeriodMeetingId == period.MeetingId).Select(c => c.TeamId).ToHashSet();
            Section(text, l.Pick($"Har inte rapporterat inför träff {ordinal}", $"Not yet reported for meeting {ordinal}"),
                teams.Where(t => !reported.Contains(t.Key)).Select(t => t.Value).Order(), l.Pick("alla har rapporterat", "everyone has reported"));
        }

        var measures = await db.Measures.AsNoTracking().Include(m => m.Values).ToListAsync(ct);
        var sinceDay = Stockholm.Today(since);
        Section(text, l.Pick("Nya signaler i styrdiagrammen", "New run-chart signals"), measures.SelectMany(m =>
        {
            var analysis = MeasureAnalysis.Analyze(m);
            return analysis.Signals.Where(s => analysis.Points[s.To].Date >= sinceDay)
                .Select(s => $"{teams[m.TeamId]}, {m.Name}: {SignalText.Describe(s, analysis, l)}");
        }), l.Pick("inga", "none"));

        var requests = await db.SupportRequests.AsNoTracking().Where(s => s.ResolvedAt == null).OrderBy(s => s.Id).ToListAsync(ct);
        Section(text, l.Pick("Öppna frågor om stöd", "Open requests for help"),
            requests.Select(r => $"{teams[r.TeamId]}: {MarkdownText.Escape(r.Topic)}"), l.Pick("inga", "none"));

        Section(text, l.Pick("Kommande träffar", "Next meetings"), meetings.Where(m => m.IsUpcoming(now)).OrderBy(m => m.StartsAt).Take(2)
            .Select(m => l.Pick($"Träff {m.Ordinal}: {Formats.Date(Stockholm.Today(m.StartsAt), l)} {m.Place}", $"Meeting {m.Ordinal}: {Formats.Date(Stockholm.Today(m.StartsAt), l)} {m.Place}").Trim()),
            l.Pick("ingen planerad", "none planned"));

        var gone = await db.OutboxMessages.AsNoTracking().Where(o => o.Status == OutboxStatus.RecipientGone && o.PersonId != null)
            .Select(o => o.PersonId!.Value).Distinct().ToListAsync(ct);
        var goneNames = await db.People.AsNoTracking().Where(p => gone.Contains(p.Id)).Select(p => p.Name).ToListAsync(ct);
        if (goneNames.Count > 0)
            Section(text, l.Pick("Når inte längre (har tagit bort BplBot)", "No longer reachable (removed BplBot)"), goneNames.Order(), string.Empty);
        // The outbox's problems of the week: given up, or possibly delivered twice (no answer, or a sender died mid-send).
        var week = await db.OutboxMessages.AsNoTracking().Where(o => o.CreatedAt >= since && (o.Status == OutboxStatus.Failed || o.InDoubt > 0))
            .Select(o => new { o.Status, o.InDoubt }).ToListAsync(ct);
        var failed = week.Count(o => o.Status == OutboxStatus.Failed);
        var doubtful = week.Count(o => o.InDoubt > 0);
        if (failed > 0 || doubtful > 0)
            Section(text, l.Pick("Problem med utskicken", "Problems with sending"), new[]
            {
                failed > 0 ? l.Pick($"{failed} meddelanden kunde inte skickas", $"{failed} messages could not be sent") : null,
                doubtful > 0 ? l.Pick($"{doubtful} meddelanden kan ha kommit fram två gånger (Teams svar uteblev)", $"{doubtful} messages may have arrived twice (Teams did not answer)") : null,
            }.OfType<string>(), string.Empty);
        return text.ToString().TrimEnd();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines, string empty)
    {
        var list = lines.ToList();
        text.Append($"**{title}:** ");
        text.Append(list.Count == 0 ? empty + "\n\n" : "\n" + string.Join("\n", list.Select(x => "- " + x)) + "\n\n");
    }
}
