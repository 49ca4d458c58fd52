using BplBot.Text;
using System.Text.Json.Nodes;
using BplBot.Cards;
using BplBot.CheckIn;
using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Reminders;

/// <summary>
/// A meeting reminder goes to every member of each team that has not reported for the period (in their 1:1 chat), and
/// to the team's channel or group chat when the bot is there; never to someone who paused reminders.
/// </summary>
public sealed class ReminderSender(BplDbContext db, OutboxWriter outbox, TimeProvider time, ILogger<ReminderSender> logger)
{
    public async Task<int> SendAsync(int meetingId, int daysBefore, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.IsCancelled) return 0;
        var reported = await db.CheckIns.Where(c => c.PeriodMeetingId == meetingId && c.SupersededAt == null).Select(c => c.TeamId).ToListAsync(ct);
        var missing = await db.Teams.AsNoTracking().Where(t => !reported.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var today = Stockholm.Today(time.GetUtcNow());
        var people = await db.People.AsNoTracking().Where(p => p.Roles.Any(r => r.Role == Role.Member)).ToListAsync(ct);

        var messages = new List<(OutboxRecipient, string, string?)>();
        foreach (var person in people.Where(p => p.WantsRemindersOn(today)))
        {
            var teams = person.MemberOf.Where(missing.ContainsKey).Select(id => missing[id].ShortName).Order().ToList();
            if (teams.Count == 0) continue;
            var l = person.WritesIn;
            var text = Text(meeting, daysBefore, teams, l, personal: true);
            messages.Add((OutboxRecipient.Person(person.Id), text, Card(text, l).ToJson().ToJsonString()));
        }
        var channels = await db.ConversationReferences.AsNoTracking()
            .Where(c => c.IsActive && c.ConversationType != "personal" && c.ImprovementTeamId != null).ToListAsync(ct);
        foreach (var channel in channels.Where(c => missing.ContainsKey(c.ImprovementTeamId!.Value)))
        {
            var text = Text(meeting, daysBefore, [missing[channel.ImprovementTeamId!.Value].ShortName], Language.Swedish, personal: false);
            messages.Add((OutboxRecipient.Conversation(channel.Id), text, Card(text, Language.Swedish).ToJson().ToJsonString()));
        }
        var planned = await outbox.PlanAsync($"reminder:{meetingId}:{daysBefore}", messages, ct);
        logger.LogInformation("Reminder for meeting {MeetingId} ({DaysBefore} days before): {Planned} messages planned", meetingId, daysBefore, planned);
        return planned;
    }

    private static string Text(Meeting meeting, int daysBefore, IReadOnlyList<string> teams, Language l, bool personal)
    {
        var day = Formats.Date(Stockholm.Today(meeting.StartsAt), l);
        var place = meeting.Place.Length > 0 ? l.Pick($" i {MarkdownText.Escape(meeting.Place)}", $" in {MarkdownText.Escape(meeting.Place)}") : string.Empty;
        var names = string.Join(l.Pick(" och ", " and "), teams);
        var heading = daysBefore == 0
            ? l.Pick($"Påminnelse: träff {meeting.Ordinal} är i dag", $"Reminder: meeting {meeting.Ordinal} is today")
            : l.Pick($"Påminnelse: träff {meeting.Ordinal} den {day}", $"Reminder: meeting {meeting.Ordinal} on {day}");
        var text = l.Pick($"**{heading}**{place}. {names} har inte rapporterat för perioden än – skriv **rapportera** eller tryck på knappen.",
            $"**{heading}**{place}. {names} has not reported for the period yet – write **report** or press the button.");
        // The example date is the meeting's own day: never a date that has passed.
        var until = Stockholm.Today(meeting.StartsAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (personal) text += l.Pick($" (Vill du inte ha påminnelser en tid? Skriv **pausa påminnelser till {until}**.)",
            $" (No reminders for a while? Write **pause reminders until {until}**.)");
        return text;
    }

    private static AdaptiveCard Card(string text, Language l) => new(
        [new TextBlock(text)],
        [new SubmitAction(l.Pick("Rapportera nu", "Report now"), CardSubmission.CommandData("rapportera", l)) { Style = "positive" }])
    {
        FallbackText = text,
    };
}
