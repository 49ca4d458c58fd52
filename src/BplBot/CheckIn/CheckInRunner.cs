using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Cards;
using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Dialogs;
using BplBot.Domain.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.CheckIn;

/// <summary>What happened to an activity offered to the check-in.</summary>
public sealed record DialogOutcome(bool Handled, InvokeResponse? Invoke = null)
{
    public static readonly DialogOutcome NotHandled = new(false);
}

/// <summary>
/// Runs check-in turns against the stored dialog state: load, decide, save (with the check-in, in one transaction),
/// then send. The state's version token makes two messages for one dialog apply one after the other: the loser of
/// the race is decided again on the winner's state, and only then answered.
/// </summary>
public sealed class CheckInRunner(
    BplDbContext db, DialogStore store, CheckInDialog dialog, TimeProvider time, IOptions<DialogOptions> options, ILogger<CheckInRunner> logger)
{
    public const string Kind = "checkin";
    private const int Attempts = 4;

    /// <summary>Offers a message or card press to the member's check-in in this conversation, if one is going on.</summary>
    public async Task<DialogOutcome> TryContinueAsync(CommandContext ctx, CancellationToken ct)
    {
        if (DialogStore.KeyOf(ctx.Turn.Activity) is not { } key) return DialogOutcome.NotHandled;
        var submission = CardSubmission.From(ctx.Turn.Activity);
        if (submission?.Kind == CardSubmission.CommandKind) return DialogOutcome.NotHandled;
        var text = ctx.Turn.Activity.GetTextWithoutBotMention()?.Trim() ?? string.Empty;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var state = await store.FindAsync(key, ct);
            CheckInTurn turn;
            if (state is null)
            {
                if (submission is null) return DialogOutcome.NotHandled;
                turn = await dialog.StartFromFormAsync(ctx, submission, ct);
            }
            else if (state.IsExpired(time.GetUtcNow()))
            {
                turn = new CheckInTurn().Say(CheckInTexts.Expired(ctx.Language, options.Value.Timeout));
                if (!await TryCommitAsync(key, state, turn, ct)) continue;
                logger.LogInformation("Check-in dialog {DialogId} expired", state.Id);
                await DeliverAsync(ctx, turn, ct);
                // A command typed after the note still runs; an answer to the old question does not.
                return submission is null && CommandParser.Parse(text).Name is not null ? DialogOutcome.NotHandled : new DialogOutcome(true);
            }
            else
            {
                turn = CheckInDraft.Deserialize(state.Data) is { } draft
                    ? await dialog.ContinueAsync(ctx, draft, text, submission, ct)
                    : new CheckInTurn().Say(CheckInTexts.Finished(ctx.Language));
            }
            if (await TryCommitAsync(key, state, turn, ct))
            {
                await DeliverAsync(ctx, turn, ct);
                return new DialogOutcome(true, Invoke(turn));
            }
        }
        await ctx.ReplyAsync(CheckInTexts.Busy(ctx.Language), ct);
        return new DialogOutcome(true);
    }

    /// <summary>Starts a check-in (the commands <c>rapportera</c> and <c>ändra senaste</c>), replacing an ended one.</summary>
    public async Task StartAsync(CommandContext ctx, bool editLast, CancellationToken ct)
    {
        var key = DialogStore.KeyOf(ctx.Turn.Activity);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var state = key is null ? null : await store.FindAsync(key, ct);
            var turn = await dialog.StartAsync(ctx, editLast, ct);
            if (key is null || await TryCommitAsync(key, state, turn, ct))
            {
                await DeliverAsync(ctx, turn, ct);
                return;
            }
        }
        await ctx.ReplyAsync(CheckInTexts.Busy(ctx.Language), ct);
    }

    private async Task<bool> TryCommitAsync(DialogKey key, DialogState? state, CheckInTurn turn, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (turn.Persist is not null) await turn.Persist(ct);
            var now = time.GetUtcNow();
            if (turn.Draft is null)
            {
                if (state is not null) store.Remove(state);
            }
            else
            {
                state ??= store.Add(key, Kind, now);
                state.Save(turn.Draft.Step.ToString(), turn.Draft.Serialize(), now, options.Value.Timeout);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException e)
        {
            // Another message for the same dialog was saved first; decide this one again on the fresh state.
            logger.LogInformation("Check-in turn lost a race ({Error}); running it again", e.GetType().Name);
            await transaction.RollbackAsync(ct);
            store.Reset();
            return false;
        }
    }

    private static async Task DeliverAsync(CommandContext ctx, CheckInTurn turn, CancellationToken ct)
    {
        if (turn.AfterCommit is not null) await turn.AfterCommit(ct);
        foreach (var reply in turn.Replies)
        {
            var activity = ctx.Turn.CreateReply(reply.Card is null ? reply.Text : null);
            if (reply.Card is not null) activity = activity with { Attachments = [reply.Card.ToAttachment()], Text = reply.Text };
            await ctx.Turn.SendAsync(activity, ct);
        }
    }

    private static InvokeResponse? Invoke(CheckInTurn turn) => turn.InvokeCard is { } card
        ? new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["type"] = AdaptiveCard.ContentType, ["value"] = card.ToJson() })
        : null;
}
