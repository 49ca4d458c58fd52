using BplBot.Text;
using System.Text;
using BplBot.Cards;
using BplBot.CheckIn;
using BplBot.Conversations.Commands;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Roster;

namespace BplBot.Status;

/// <summary><c>status</c> alone: one line per team the asker follows (coordinators: all).</summary>
public sealed class StatusOverview(NetworkDirectory directory, StatusAccess access, TeamStatusReader reader)
{
    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        if (context.Person is not { } person || person.Roles.Count == 0)
        {
            await context.ReplyAsync(context.Pick(
                "Du har ingen roll i nätverket än, så det finns inga team att visa. Skriv **status <team>** för ett team du är med i, eller fråga en samordnare.",
                "You have no role in the network yet, so there are no teams to show. Write **status <team>** for a team you are in, or ask a coordinator."), ct);
            return;
        }
        var followed = access.FollowedTeams(person);
        var teams = (await directory.TeamsAsync(ct)).Where(t => followed is null || followed.Contains(t.Id)).ToList();
        var lines = new List<string>();
        foreach (var team in teams) lines.Add(Line(await reader.ReadAsync(team, ct), l));
        var heading = context.Pick($"**Översikt – {teams.Count} team**", $"**Overview – {teams.Count} teams**");
        var card = new AdaptiveCard([TextBlock.Heading(heading.Trim('*')), .. lines.Select(line => new TextBlock(line) { Separator = true })])
        {
            FallbackText = heading + "\n\n" + string.Join("\n", lines.Select(x => "- " + x)),
        };
        await context.Turn.SendAsync(context.Turn.CreateReply(heading) with { Attachments = [card.ToAttachment()] }, ct);
    }

    private static string Line(TeamStatus s, Language l)
    {
        var text = new StringBuilder($"**{s.Team.ShortName}** ");
        if (s.Latest is { } latest)
        {
            text.Append(ImprovementScale.Format(latest.Rating, l));
            if (s.Previous is { } previous && previous.Rating != latest.Rating)
                text.Append($" ({(latest.Rating > previous.Rating ? "+" : "−")}{ImprovementScale.Format(Math.Abs(latest.Rating - previous.Rating), l)})");
            text.Append(l.Pick($" · rapport {Formats.Date(Stockholm.Today(latest.SubmittedAt), l)}", $" · report {Formats.Date(Stockholm.Today(latest.SubmittedAt), l)}"));
        }
        else text.Append(l.Pick("· ingen rapport än", "· no report yet"));
        if (s.Period.MeetingOrdinal is { } ordinal)
            text.Append(s.HasReportedForNext
                ? l.Pick($" · klar inför träff {ordinal}", $" · ready for meeting {ordinal}")
                : l.Pick($" · saknas inför träff {ordinal}", $" · missing for meeting {ordinal}"));
        var signals = s.Measures.Sum(m => m.Analysis.Signals.Count);
        if (signals > 0) text.Append(l.Pick($" · {signals} signaler", $" · {signals} signals"));
        if (s.OpenRequests.Count > 0) text.Append(l.Pick($" · {s.OpenRequests.Count} öppna stödfrågor", $" · {s.OpenRequests.Count} open requests"));
        return text.ToString();
    }
}
