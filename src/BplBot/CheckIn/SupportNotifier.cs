using BplBot.Text;
using BplBot.BotFramework;
using BplBot.Conversations;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace BplBot.CheckIn;

/// <summary>
/// Tells a team's coaches, in their own 1:1 chat with the bot, that the team asked for help. A coach the bot has no chat
/// with yet gets one created (Teams allows that for users of the tenant who have the app). The request is saved either way.
/// </summary>
public sealed class SupportNotifier(BplDbContext db, ConnectorClient connector, PersonalChats chats, ILogger<SupportNotifier> logger)
{
    public async Task<IReadOnlyList<string>> NotifyAsync(TurnContext turn, SupportRequest request, string teamName, Person? asker, CancellationToken ct)
    {
        var coaches = await db.People.AsNoTracking()
            .Where(p => p.Roles.Any(r => r.Role == Role.Coach && r.TeamId == request.TeamId)).ToListAsync(ct);
        var reached = new List<string>();
        foreach (var coach in coaches)
        {
            var language = coach.WritesIn;
            var text = Message(language, teamName, asker?.Name, request.Topic);
            var result = await SendAsync(coach, text, ct);
            logger.LogInformation("Support request {RequestId}: coach {PersonId} {Status}", request.Id, coach.Id, result);
            if (result == SendStatus.Sent) reached.Add(coach.Name);
        }
        var tracked = await db.SupportRequests.SingleAsync(s => s.Id == request.Id, ct);
        tracked.RecordNotified(reached.Count);
        await db.SaveChangesAsync(ct);
        return reached;
    }

    private static string Message(Language l, string team, string? asker, string topic) => l.Pick(
        $"**{team} ber om stöd**{(asker is null ? string.Empty : $" (från {asker})")} i sin rapport:\n\n> {MarkdownText.Escape(topic)}\n\nSkriv **status {team}** för att se teamets rapport.",
        $"**{team} asks for help**{(asker is null ? string.Empty : $" (from {asker})")} in their report:\n\n> {MarkdownText.Escape(topic)}\n\nWrite **status {team}** to see the team's report.");

    private async Task<SendStatus> SendAsync(Person coach, string text, CancellationToken ct)
    {
        var chat = await chats.FindOrOpenAsync(coach.Id, ct);
        if (chat.Reference is not { } reference) return chat.Status;
        var message = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown", From = new ChannelAccount { Id = reference.BotId } };
        return (await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, message, ct)).Status;
    }
}
