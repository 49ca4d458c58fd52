using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Cards;
using BplBot.Conversations;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Outbox;

/// <summary>
/// Delivers one outbox row (in its own scope and database context): finds or creates the conversation, waits for the
/// limits, sends, and records the classified result. A send that has started is finished and recorded even when the
/// app is stopping, so a restart never repeats it.
/// </summary>
public sealed class OutboxDelivery(
    BplDbContext db, ConnectorClient connector, SendLimits limits, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxDelivery> logger)
{
    /// <summary>True when the message was delivered.</summary>
    public async Task<bool> DeliverAsync(int messageId, CancellationToken stopping)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId && m.Status == OutboxStatus.Pending, stopping);
        if (message is null || message.NextAttemptAt > time.GetUtcNow()) return false;
        if (await TargetAsync(message, stopping) is not { } target) return false;
        if (!await AcquireAsync(target.ConversationId, target.TenantId, stopping)) return false;

        // From here on the send and its record belong together: not cancelled by shutdown.
        SendResult result;
        try
        {
            result = await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, Activity(message, target.BotId), CancellationToken.None);
        }
        finally
        {
            limits.Complete(target.ConversationId, target.TenantId);
        }
        Record(message, result);
        await db.SaveChangesAsync(CancellationToken.None);
        return result.Succeeded;
    }

    private async Task<bool> AcquireAsync(string conversation, string tenant, CancellationToken stopping)
    {
        for (var wait = limits.TryAcquire(conversation, tenant); wait > TimeSpan.Zero; wait = limits.TryAcquire(conversation, tenant))
        {
            try
            {
                await Task.Delay(wait, stopping);
            }
            catch (OperationCanceledException)
            {
                return false; // stopping: the message stays pending for the next start
            }
        }
        if (!stopping.IsCancellationRequested) return true;
        limits.Abandon(conversation, tenant);
        return false;
    }

    private void Record(OutboxMessage message, SendResult result)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        switch (result.Status)
        {
            case SendStatus.Sent:
                message.MarkSent(now);
                break;
            case SendStatus.RecipientGone:
                message.MarkGone(now, result.HttpStatus);
                logger.LogInformation("Outbox message {MessageId}: recipient gone ({HttpStatus})", message.Id, result.HttpStatus);
                break;
            case SendStatus.Throttled:
                message.Retry(now, result.RetryAfter ?? Backoff(message.Attempts), result.HttpStatus, "throttled", o.MaxAttempts);
                break;
            default:
                message.Retry(now, Backoff(message.Attempts), result.HttpStatus, result.ErrorCode ?? "failed", o.MaxAttempts);
                break;
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var baseDelay = options.Value.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts, 10));
        var jittered = baseDelay * (0.5 + Random.Shared.NextDouble() / 2);
        return TimeSpan.FromMilliseconds(Math.Min(jittered, TimeSpan.FromMinutes(10).TotalMilliseconds));
    }

    private static Activity Activity(OutboxMessage message, string botId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message, Text = message.Text, TextFormat = "markdown", From = new ChannelAccount { Id = botId },
        };
        return message.CardJson is null ? activity : activity with
        {
            Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = JsonNode.Parse(message.CardJson) }],
        };
    }

    private async Task<(string ServiceUrl, string ConversationId, string TenantId, string BotId)?> TargetAsync(OutboxMessage message, CancellationToken ct)
    {
        var reference = message.ConversationReferenceId is { } id
            ? await db.ConversationReferences.SingleOrDefaultAsync(c => c.Id == id, ct)
            : await PersonalChatAsync(message.PersonId!.Value, ct);
        if (reference is null || !reference.IsActive)
        {
            message.MarkFailed(time.GetUtcNow(), null, reference is null ? "no way to reach the person in Teams yet" : "the bot was removed there");
            await db.SaveChangesAsync(CancellationToken.None);
            return null;
        }
        return (reference.ServiceUrl, reference.ConversationId, reference.TenantId ?? "-", reference.BotId);
    }

    /// <summary>The person's 1:1 chat with the bot; created once (and stored) when the bot knows their Teams id.</summary>
    private async Task<ConversationReference?> PersonalChatAsync(int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
        var teamsIds = await db.TeamsUsers.AsNoTracking().Where(u => u.PersonId == personId).Select(u => u.TeamsUserId).ToListAsync(ct);
        var existing = await db.ConversationReferences
            .Where(c => c.ConversationType == "personal"
                && ((person.AadObjectId != null && c.UserAadObjectId == person.AadObjectId) || (c.UserId != null && teamsIds.Contains(c.UserId))))
            .OrderByDescending(c => c.IsActive).ThenByDescending(c => c.LastSeenAt).FirstOrDefaultAsync(ct);
        if (existing is not null) return existing;
        var userId = teamsIds.FirstOrDefault() ?? person.AadObjectId;
        var installation = await db.ConversationReferences.AsNoTracking().Where(c => c.IsActive && c.TenantId != null)
            .OrderByDescending(c => c.LastSeenAt).FirstOrDefaultAsync(ct);
        if (userId is null || installation is null) return null;

        var created = await connector.CreateConversationAsync(installation.ServiceUrl,
            ConversationParameters.ForPersonalChat(installation.BotId, userId, installation.TenantId!), CancellationToken.None);
        if (!created.Result.Succeeded || created.ConversationId is null) return null;
        var now = time.GetUtcNow();
        var reference = new ConversationReference(installation.ChannelId, created.ConversationId, "personal", now);
        reference.Refresh(new ReferenceSnapshot(created.ServiceUrl ?? installation.ServiceUrl, installation.BotId, installation.BotName,
            installation.TenantId, null, teamsIds.FirstOrDefault(), person.AadObjectId), now);
        return await db.AddOrGetExistingAsync(reference, c => db.ConversationReferences.SingleOrDefaultAsync(
            x => x.ChannelId == reference.ChannelId && x.ConversationId == reference.ConversationId, c), CancellationToken.None);
    }
}
