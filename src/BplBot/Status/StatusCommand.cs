using System.Text.Json.Nodes;
using BplBot.Cards;
using BplBot.Charts;
using BplBot.Hosting;
using BplBot.CheckIn;
using BplBot.Conversations;
using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Help;
using BplBot.Roster;
using Microsoft.Extensions.Options;

namespace BplBot.Status;

/// <summary><c>status &lt;team&gt;</c>: the team's card with its rating, measures as run charts, PGSA and requests for help.</summary>
public sealed class StatusCommand(
    NetworkDirectory directory, StatusAccess access, TeamStatusReader reader, StatusCard cards, ChartLinks links,
    StatusOverview overview, IOptions<StatusOptions> options, PublicAddress address, PrivateReplies privately) : ICommandHandler
{
    public CommandName Name => CommandName.Status;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (context.Argument.Length == 0)
        {
            // Several teams' data: for the asker alone, in their 1:1 chat.
            if (await privately.MoveAsync(context, ct) is { } mine) await overview.HandleAsync(mine, ct);
            return;
        }
        var match = TeamLookup.Find(context.Argument, await directory.TeamsAsync(ct));
        if (match.IsAmbiguous)
        {
            await context.ReplyAsync(ChoiceCard(context, match), ct);
            return;
        }
        if (!match.IsUnique)
        {
            await context.ReplyAsync(TeamReplies.NotFound(context.Language, match), ct);
            return;
        }
        var team = match.Team;
        if (!access.CanSee(context.Person, team.Id))
        {
            await context.ReplyAsync(await RefusalAsync(context, team, ct), ct);
            return;
        }
        // A team's data only where it may be seen: here when this is a 1:1 chat or the team's own linked conversation.
        if (await privately.ForTeamAsync(context, team.Id, ct) is not { } where) return;
        var status = await reader.ReadAsync(team, ct);
        var card = await BuildAsync(status, where.Language, ct);
        await where.ReplyAsync(card, ct);
    }

    /// <summary>
    /// The charts go in the card as data: URIs while it stays under <c>Status:InlineChartsMaxBytes</c>; else each is a
    /// link to the same picture, stored as drawn so the card shows it unchanged as long as the link lives. A chart is
    /// drawn once for what it shows and then read from the store.
    /// </summary>
    private async Task<AdaptiveCard> BuildAsync(TeamStatus status, Language l, CancellationToken ct)
    {
        var images = new Dictionary<int, ChartImage>();
        foreach (var m in status.Measures) images[m.Measure.Id] = await links.DrawAsync(ChartRequest.For(m.Measure, m.Analysis, l), ct);
        // Base64 makes a picture a third larger; only build the inline card when the pictures alone could fit.
        if (images.Values.Sum(i => i.Png.Length * 4 / 3) < options.Value.InlineChartsMaxBytes)
        {
            var inline = cards.Build(status, l, m => "data:image/png;base64," + Convert.ToBase64String(images[m.Measure.Id].Png));
            if (inline.Size() <= options.Value.InlineChartsMaxBytes) return inline;
        }
        var baseUrl = address.BaseUrl();
        return cards.Build(status, l, m => ChartLinks.Url(baseUrl, images[m.Measure.Id]));
    }

    private static AdaptiveCard ChoiceCard(CommandContext context, TeamMatch match) => new(
        [new TextBlock(context.Pick("Flera team passar. Vilket menar du?", "Several teams match. Which one do you mean?"))],
        match.Teams.Select(t => (CardAction)new SubmitAction($"{t.ShortName} – {t.Name}",
            CardSubmission.CommandData($"status {t.ShortName}", context.Language))).ToList())
    {
        FallbackText = TeamReplies.Ambiguous(context.Language, match),
    };

    private async Task<string> RefusalAsync(CommandContext context, ImprovementTeam team, CancellationToken ct)
    {
        var coordinators = (await directory.CoordinatorsAsync(ct)).Select(p => p.Name).ToList();
        var ask = coordinators.Count == 0 ? string.Empty : " " + context.Pick(
            $"Fråga {HelpTexts.JoinList(coordinators, context.Language)} om du behöver se fler team.",
            $"Ask {HelpTexts.JoinList(coordinators, context.Language)} if you need to see more teams.");
        return context.Pick(
            $"Du kan inte se status för {team.ShortName}. Medlemmar ser sina egna team, coacher de team de coachar och samordnare alla team.",
            $"You can't see the status of {team.ShortName}. Members see their own teams, coaches the teams they coach, and coordinators all teams.") + ask;
    }
}
