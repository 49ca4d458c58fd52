using BplBot.Cards;
using BplBot.Text;
using BplBot.BotFramework;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BplBot.CheckIn;

/// <summary>Who will hear of a request for help: the team's coaches, unless they already got one from the team today.</summary>
public sealed record SupportNotice(IReadOnlyList<string> Coaches, bool AlreadyToldToday);

/// <summary>
/// Tells a team's coaches, in their own 1:1 chat with the bot, that the team asked for help: as outbox rows (the one
/// proactive pipeline: Teams' limits, durable retries, RecipientGone in the digest), planned after the check-in is
/// saved and sent by the dispatcher, not inside the member's turn. At most one message per coach per team and day
/// (security finding F14); a later request that day is in the team's status. The request is saved either way.
/// </summary>
public sealed class SupportNotifier(BplDbContext db, OutboxWriter outbox, TimeProvider time, ILogger<SupportNotifier> logger)
{
    public async Task<SupportNotice> NotifyAsync(TurnContext turn, SupportRequest request, string teamName, Person? asker, CancellationToken ct)
    {
        // Only coaches the bot can reach in Teams at all (an AAD id or a Teams account it has met) are promised a message.
        var coaches = await db.People.AsNoTracking()
            .Where(p => p.Roles.Any(r => r.Role == Role.Coach && r.TeamId == request.TeamId)
                && (p.AadObjectId != null || db.TeamsUsers.Any(u => u.PersonId == p.Id)))
            .OrderBy(p => p.Name).ToListAsync(ct);
        var occasion = $"support:{request.TeamId}:{Stockholm.Today(time.GetUtcNow()):yyyy-MM-dd}";
        var planned = await outbox.PlanAsync(occasion, coaches.Select(coach =>
            (OutboxRecipient.Person(coach.Id), Message(coach.WritesIn, teamName, asker?.Name, request.Topic),
                (string?)Card(coach.WritesIn, teamName, asker?.Name, request.Topic).ToJson().ToJsonString())), ct);
        logger.LogInformation("Support request {RequestId}: {Planned} of {Coaches} coaches to be told", request.Id, planned, coaches.Count);
        var tracked = await db.SupportRequests.SingleAsync(s => s.Id == request.Id, ct);
        tracked.RecordNotified(planned);
        await db.SaveChangesAsync(ct);
        return new SupportNotice(coaches.Select(c => c.Name).ToList(), AlreadyToldToday: coaches.Count > 0 && planned == 0);
    }

    /// <summary>The coach's message as a card: the request, and buttons to open the team's status or mark it handled.</summary>
    private static AdaptiveCard Card(Language l, string team, string? asker, string topic) => new(
        [
            TextBlock.Heading(l.Pick($"{team} ber om stöd", $"{team} asks for help")),
            new TextBlock(asker is null ? l.Pick("I teamets rapport:", "In the team's report:") : l.Pick($"{asker} skrev i teamets rapport:", $"{asker} wrote in the team's report:")),
            new TextBlock(MarkdownText.Escape(topic)) { Style = null, IsSubtle = false, Weight = "Bolder" },
        ],
        [
            new SubmitAction(l.Pick($"Status för {team}", $"Status of {team}"), CardSubmission.CommandData($"status {team}", l)),
            new SubmitAction(l.Pick("Markera som klart", "Mark as handled"), CardSubmission.CommandData($"stöd klart {team}", l)) { Style = "positive" },
        ])
    { FallbackText = Message(l, team, asker, topic) };

    private static string Message(Language l, string team, string? asker, string topic) => l.Pick(
        $"**{team} ber om stöd**{(asker is null ? string.Empty : $" (från {asker})")} i sin rapport:\n\n> {MarkdownText.Escape(topic)}\n\nSkriv **status {team}** för att se teamets rapport.",
        $"**{team} asks for help**{(asker is null ? string.Empty : $" (from {asker})")} in their report:\n\n> {MarkdownText.Escape(topic)}\n\nWrite **status {team}** to see the team's report.");
}
