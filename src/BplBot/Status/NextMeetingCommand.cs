using BplBot.Text;
using BplBot.CheckIn;
using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Commands;
using BplBot.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Status;

/// <summary><c>nästa träff</c> / <c>next meeting</c>: when and where, the theme, and whether the asker's teams have reported.</summary>
public sealed class NextMeetingCommand(BplDbContext db, TimeProvider time) : ICommandHandler
{
    public CommandName Name => CommandName.NextMeeting;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(ct);
        var period = ReportPeriod.Current(meetings, time.GetUtcNow());
        if (meetings.FirstOrDefault(m => m.Id == period.MeetingId) is not { } next)
        {
            await context.ReplyAsync(context.Pick("Ingen ny träff är planerad än.", "No new meeting is planned yet."), ct);
            return;
        }
        var start = Stockholm.ToLocal(next.StartsAt);
        var end = Stockholm.ToLocal(next.EndsAt);
        // With the weekday: it helps planning ("tisdag 5 januari 2027").
        var day = DateOnly.FromDateTime(start);
        var when = $"{day.ToString("dddd", Formats.Culture(l))} {Formats.Date(day, l)} {Formats.Time(start, l)}–{Formats.Time(end, l)}";
        var text = context.Pick($"**Nästa träff: träff {next.Ordinal}**, {when}", $"**Next meeting: meeting {next.Ordinal}**, {when}");
        if (next.Place.Length > 0) text += context.Pick($" i {MarkdownText.Escape(next.Place)}", $" in {MarkdownText.Escape(next.Place)}");
        if (next.Theme.Length > 0) text += context.Pick($". Tema: {MarkdownText.Escape(next.Theme)}", $". Theme: {MarkdownText.Escape(next.Theme)}");
        text += ".";
        // Members see whether their teams have reported; coaches the teams they coach.
        var teamIds = context.Person?.MemberOf.Concat(context.Person.CoachOf).Distinct().ToList() ?? [];
        foreach (var team in await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).OrderBy(t => t.ShortName).ToListAsync(ct))
        {
            var reported = await db.CheckIns.AnyAsync(c => c.TeamId == team.Id && c.PeriodMeetingId == next.Id && c.SupersededAt == null, ct);
            text += "\n\n" + (reported
                ? context.Pick($"{team.ShortName} har rapporterat inför träffen.", $"{team.ShortName} has reported for the meeting.")
                : context.Pick($"{team.ShortName} har inte rapporterat än – skriv **rapportera**.", $"{team.ShortName} has not reported yet – write **report**."));
        }
        await context.ReplyAsync(text, ct);
    }
}
