using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Cards;
using BplBot.Conversations;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Outbox;

/// <summary>What came of one claimed row.</summary>
public enum Delivery
{
    Delivered,
    /// <summary>Recorded otherwise: gone, failed, to be retried or postponed.</summary>
    Recorded,
    /// <summary>Stopping before the send began: the row is still claimed and should be released.</summary>
    NotStarted,
    /// <summary>The lease went to another sender first; nothing was recorded here.</summary>
    LeaseLost,
}

/// <summary>
/// Delivers one claimed outbox row (in its own scope and database context): finds the conversation through
/// <see cref="PersonalChats"/>, waits for a tenant's 429 pause and Teams' limits, writes <c>Sending</c>, posts once
/// (no in-process retry), and records the result by <see cref="SendVerdict"/>. Every write is fenced by the lease, so
/// only the holder finishes the row. A send that has begun is finished and recorded even when the app is stopping.
/// </summary>
public sealed class OutboxDelivery(
    BplDbContext db, ConnectorClient connector, PersonalChats chats, SendLimits limits, SendThrottle throttle, TimeProvider time,
    IOptions<OutboxOptions> options, ILogger<OutboxDelivery> logger)
{
    public async Task<Delivery> DeliverAsync(ClaimedRow claim, CancellationToken stopping)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == claim.Id && m.LeaseId == claim.LeaseId, stopping);
        if (message is null) return Delivery.LeaseLost;
        if (claim.WasInDoubt)
            logger.LogWarning("Outbox message {MessageId} was being sent when its sender stopped: in doubt, sent again (in doubt {InDoubt} times)", message.Id, message.InDoubt);
        try
        {
            if (await TargetAsync(message, stopping) is not { } target) return Delivery.Recorded;
            while (true)
            {
                if (!await WaitForPauseAsync(message, target.TenantId, stopping)) return stopping.IsCancellationRequested ? Delivery.NotStarted : Delivery.Recorded;
                if (!await AcquireAsync(target.ConversationId, target.TenantId, stopping)) return Delivery.NotStarted;
                // A 429 may have come back for another send while this one waited its turn under the rate limits
                // (up to a second): then it gives its turn back and waits out the pause too.
                if (throttle.Remaining(target.TenantId) <= TimeSpan.Zero) break;
                limits.Abandon(target.ConversationId, target.TenantId);
            }
            try
            {
                message.BeginSend();
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                limits.Abandon(target.ConversationId, target.TenantId);
                throw;
            }

            // From here on the send and its record belong together: not cancelled by shutdown.
            SendResult result;
            try
            {
                result = await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, Activity(message, target.BotId),
                    CancellationToken.None, ConnectorRetry.None);
            }
            finally
            {
                limits.Complete(target.ConversationId, target.TenantId);
            }
            await RecordAsync(message, result, target.TenantId);
            await db.SaveChangesAsync(CancellationToken.None);
            return result.Succeeded ? Delivery.Delivered : Delivery.Recorded;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Outbox message {MessageId}: its lease ran out and another sender took it; this sender leaves it", message.Id);
            return Delivery.LeaseLost;
        }
    }

    /// <summary>Holds the send while the tenant is paused by a 429; a pause longer than half the lease gives the row back until then.</summary>
    private async Task<bool> WaitForPauseAsync(OutboxMessage message, string tenant, CancellationToken stopping)
    {
        var pause = throttle.Remaining(tenant);
        if (pause <= TimeSpan.Zero) return true;
        if (pause > options.Value.LeaseTime / 2)
        {
            message.Postpone(time.GetUtcNow() + pause);
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }
        try
        {
            await Task.Delay(pause, stopping);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
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
                return false; // stopping: the row is released for the next dispatcher
            }
        }
        if (!stopping.IsCancellationRequested) return true;
        limits.Abandon(conversation, tenant);
        return false;
    }

    private async Task RecordAsync(OutboxMessage message, SendResult result, string tenant)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var verdict = SendVerdict.Of(result);
        switch (verdict)
        {
            case Verdict.Sent:
                message.MarkSent(now, result.ActivityId);
                break;
            case Verdict.Gone:
                message.MarkGone(now, result.HttpStatus);
                logger.LogInformation("Outbox message {MessageId}: recipient gone ({HttpStatus})", message.Id, result.HttpStatus);
                break;
            case Verdict.Permanent:
                message.MarkFailed(now, result.HttpStatus, result.ErrorCode ?? "refused");
                logger.LogWarning("Outbox message {MessageId}: refused by Teams ({HttpStatus} {Error}), not retried", message.Id, result.HttpStatus, result.ErrorCode);
                break;
            default:
                var wait = SendVerdict.Wait(result, message.Attempts, o);
                if (result.HttpStatus == 429) await throttle.PauseAsync(tenant, wait, CancellationToken.None);
                if (verdict == Verdict.InDoubt)
                    logger.LogWarning("Outbox message {MessageId}: no answer ({Error}); it may have reached Teams: in doubt, sent again", message.Id, result.ErrorCode);
                message.Retry(now, wait, result.HttpStatus, result.ErrorCode ?? (verdict == Verdict.InDoubt ? "no answer" : "throttled"), o.MaxAttempts,
                    inDoubt: verdict == Verdict.InDoubt);
                break;
        }
    }

    private static Activity Activity(OutboxMessage message, string botId)
    {
        var activity = new Activity
        {
            // With a card the card says it all (its fallback text covers clients without cards): no bubble repeating it.
            Type = ActivityTypes.Message, Text = message.CardJson is null ? message.Text : null, TextFormat = message.CardJson is null ? "markdown" : null,
            From = new ChannelAccount { Id = botId },
        };
        return message.CardJson is null ? activity : activity with
        {
            Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = JsonNode.Parse(message.CardJson) }],
        };
    }

    private async Task<(string ServiceUrl, string ConversationId, string TenantId, string BotId)?> TargetAsync(OutboxMessage message, CancellationToken ct)
    {
        var found = message.ConversationReferenceId is { } id
            ? await db.ConversationReferences.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } linked
                ? linked.IsActive ? PersonalChat.Found(linked) : new PersonalChat(null, SendStatus.RecipientGone, "the bot was removed there")
                : new PersonalChat(null, SendStatus.Failed, "the conversation is gone")
            : await chats.FindOrOpenAsync(message.PersonId!.Value, ct);
        if (found.Reference is not { } reference)
        {
            var now = time.GetUtcNow();
            if (found.Status == SendStatus.RecipientGone) message.MarkGone(now, null);
            else if (found.Status == SendStatus.Throttled)
                message.Retry(now, RetryDelay.Backoff(message.Attempts + 1, options.Value.RetryBaseDelay, OutboxOptions.MaxRetryDelay), null,
                    "the 1:1 chat could not be opened yet", options.Value.MaxAttempts);
            else message.MarkFailed(now, null, found.Reason ?? "no conversation");
            await db.SaveChangesAsync(CancellationToken.None);
            return null;
        }
        return (reference.ServiceUrl, reference.ConversationId, reference.TenantId ?? "-", reference.BotId);
    }
}
