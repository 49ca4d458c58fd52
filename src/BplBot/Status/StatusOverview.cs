using BplBot.Text;
using System.Text;
using System.Text.Json.Nodes;
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
        var statuses = new List<TeamStatus>();
        foreach (var team in teams) statuses.Add(await reader.ReadAsync(team, ct));
        var heading = l.Pick($"Översikt – {Plural.Of(teams.Count, "team", "team", l)}", $"Overview – {Plural.Of(teams.Count, "team", "teams", l)}");
        var card = new AdaptiveCard([TextBlock.Heading(heading), .. statuses.Select(t => Block(t, l))])
        {
            FallbackText = $"**{heading}**\n\n" + string.Join("\n", statuses.Select(t => "- " + string.Join(" ", [Line(t, l), .. Headlines(t, l).Select(h => h.Text)]))),
        };
        await context.ReplyAsync(card, ct);
    }

    /// <summary>The most a team's line says about its measures: what needs attention first, then other changes.</summary>
    public const int HeadlinesPerTeam = 3;

    /// <summary>A team: its line, the headlines of measures that changed, and a button that opens its status.</summary>
    private static Container Block(TeamStatus s, Language l)
    {
        var items = new List<CardElement> { new TextBlock(Line(s, l)) };
        var headlines = Headlines(s, l).ToList();
        items.AddRange(headlines.Select(h => new TextBlock(h.Text) { Size = "Small", Spacing = "None", Color = h.Attention ? "Attention" : null }));
        if (headlines.Count == 0 && s.Measures.Count > 0)
            items.Add(new TextBlock(l.Pick("Inga tecken på förändring i måtten ännu.", "No sign of change in the measures yet.")) { Size = "Small", Spacing = "None", IsSubtle = true });
        var name = s.Team.ShortName;
        items.Add(new ActionSet([new SubmitAction(l.Pick($"Status för {name}", $"Status for {name}"),
            new JsonObject { [CardSubmission.Marker] = CardSubmission.CommandKind, [CardSubmission.CommandField] = $"status {name}" })]));
        return new Container(items) { Separator = true };
    }

    private static IEnumerable<(string Text, bool Attention)> Headlines(TeamStatus s, Language l) => s.Measures
        .Where(m => m.Headline.IsChange)
        .OrderByDescending(m => m.Headline.NeedsAttention).ThenBy(m => m.Measure.Id)
        .Take(HeadlinesPerTeam)
        .Select(m => ($"{MarkdownText.Escape(m.Measure.Name)}: {m.Headline.Text(l)}", m.Headline.NeedsAttention));

    private static string Line(TeamStatus s, Language l)
    {
        var text = new StringBuilder($"**{MarkdownText.Escape(s.Team.ShortName)}** ");
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
        if (s.OpenRequests.Count > 0)
            text.Append(" · ").Append(l.Pick(Plural.Of(s.OpenRequests.Count, "öppet önskemål om stöd", "öppna önskemål om stöd", l), Plural.Of(s.OpenRequests.Count, "open request", "open requests", l)));
        return text.ToString();
    }
}
