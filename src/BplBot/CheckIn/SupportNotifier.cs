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
public sealed class SupportNotifier(BplDbContext db, ConnectorClient connector, TimeProvider time, ILogger<SupportNotifier> logger)
{
    public async Task<IReadOnlyList<string>> NotifyAsync(TurnContext turn, SupportRequest request, string teamName, Person? asker, CancellationToken ct)
    {
        var coaches = await db.People.AsNoTracking()
            .Where(p => p.Roles.Any(r => r.Role == Role.Coach && r.TeamId == request.TeamId)).ToListAsync(ct);
        var reached = new List<string>();
        foreach (var coach in coaches)
        {
            var language = Languages.FromLocale(coach.Locale);
            var text = Message(language, teamName, asker?.Name, request.Topic);
            var result = await SendAsync(turn, coach, text, ct);
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

    private async Task<SendStatus> SendAsync(TurnContext turn, Person coach, string text, CancellationToken ct)
    {
        var teamsIds = await db.TeamsUsers.AsNoTracking().Where(u => u.PersonId == coach.Id).Select(u => u.TeamsUserId).ToListAsync(ct);
        var reference = await db.ConversationReferences.AsNoTracking()
            .Where(c => c.IsActive && c.ConversationType == "personal"
                && ((coach.AadObjectId != null && c.UserAadObjectId == coach.AadObjectId) || (c.UserId != null && teamsIds.Contains(c.UserId))))
            .OrderByDescending(c => c.LastSeenAt).FirstOrDefaultAsync(ct);
        var message = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
        if (reference is not null)
            return (await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId,
                message with { From = new ChannelAccount { Id = reference.BotId } }, ct)).Status;

        var tenant = turn.Activity.GetTenantId();
        var botId = turn.Activity.Recipient?.Id;
        var serviceUrl = turn.Activity.ServiceUrl;
        var userId = teamsIds.FirstOrDefault() ?? coach.AadObjectId;
        if (tenant is null || botId is null || serviceUrl is null || userId is null) return SendStatus.Failed;

        var created = await connector.CreateConversationAsync(serviceUrl,
            ConversationParameters.ForPersonalChat(botId, userId, tenant), ct);
        if (!created.Result.Succeeded || created.ConversationId is null) return created.Result.Status;
        var saved = new ConversationReference(turn.Activity.ChannelId ?? "msteams", created.ConversationId, "personal", time.GetUtcNow());
        saved.Refresh(new ReferenceSnapshot(created.ServiceUrl ?? serviceUrl, botId, turn.Activity.Recipient?.Name, tenant, null,
            teamsIds.FirstOrDefault(), coach.AadObjectId), time.GetUtcNow());
        await db.AddOrGetExistingAsync(saved, c => db.ConversationReferences.SingleOrDefaultAsync(
            x => x.ChannelId == saved.ChannelId && x.ConversationId == saved.ConversationId, c), ct);
        return (await connector.SendToConversationAsync(created.ServiceUrl ?? serviceUrl, created.ConversationId,
            message with { From = new ChannelAccount { Id = botId } }, ct)).Status;
    }
}
