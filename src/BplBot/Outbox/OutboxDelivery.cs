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
    BplDbContext db, ConnectorClient connector, PersonalChats chats, SendLimits limits, TimeProvider time, IOptions<OutboxOptions> options,
    ILogger<OutboxDelivery> logger)
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
        var found = message.ConversationReferenceId is { } id
            ? await db.ConversationReferences.SingleOrDefaultAsync(c => c.Id == id, ct) is { } linked
                ? linked.IsActive ? PersonalChat.Found(linked) : new PersonalChat(null, SendStatus.RecipientGone, "the bot was removed there")
                : new PersonalChat(null, SendStatus.Failed, "the conversation is gone")
            : await chats.FindOrOpenAsync(message.PersonId!.Value, ct);
        if (found.Reference is not { } reference)
        {
            if (found.Status == SendStatus.RecipientGone) message.MarkGone(time.GetUtcNow(), null);
            else message.MarkFailed(time.GetUtcNow(), null, found.Reason ?? "no conversation");
            await db.SaveChangesAsync(CancellationToken.None);
            return null;
        }
        return (reference.ServiceUrl, reference.ConversationId, reference.TenantId ?? "-", reference.BotId);
    }
}
