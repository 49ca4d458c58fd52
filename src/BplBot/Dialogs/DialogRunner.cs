using BplBot.Cards;
using BplBot.Conversations.Commands;
using BplBot.Conversations.Replies;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Privacy;
using BplBot.Domain.Text;
using BplBot.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Dialogs;

/// <summary>What became of a turn offered to the dialogs.</summary>
public sealed record DialogOutcome(bool Handled, ParsedCommand? Interruption = null)
{
    public static readonly DialogOutcome NotHandled = new(false);
    public static readonly DialogOutcome Done = new(true);

    /// <summary>The message was a command, not an answer: run it, then ask the dialog's question again.</summary>
    public static DialogOutcome Interrupt(ParsedCommand command) => new(false, command);
}

/// <summary>
/// Runs dialog turns against their stored state, for every kind of dialog alike: an active dialog gets the message
/// first, unless it is a command (then it is answered as one and the dialog asks again; where a free-text answer
/// merely starts like a command, the person is asked which they meant). Each turn is load → decide → save with the
/// state's version token → send, so two messages for one dialog apply one after the other.
/// </summary>
public sealed class DialogRunner(
    BplDbContext db, DialogStore store, IEnumerable<IDialog> dialogs, TimeProvider time, IOptions<DialogOptions> options,
    ILogger<DialogRunner> logger)
{
    private const int Attempts = 4;

    /// <summary>The person's dialog in the conversation the turn is answered in, if one is going on.</summary>
    public Task<DialogState?> FindAsync(CommandContext context, CancellationToken ct) =>
        KeyOf(context) is { } key ? store.FindAsync(key, ct) : Task.FromResult<DialogState?>(null);

    /// <summary>Offers the turn to the person's dialog (<paramref name="loaded"/>: its state, read at the start of the turn).</summary>
    public async Task<DialogOutcome> ContinueAsync(CommandContext context, DialogState? loaded, CancellationToken ct)
    {
        if (KeyOf(context) is not { } key) return DialogOutcome.NotHandled;
        var input = context.Input;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var state = attempt == 0 ? loaded : await store.FindAsync(key, ct, again: true);
            DialogTurn turn;
            string kind;
            if (state is null)
            {
                if (input.Card is not { } card || dialogs.FirstOrDefault(d => d.OwnsCard(card)) is not { } owner) return DialogOutcome.NotHandled;
                (turn, kind) = (await owner.StartFromCardAsync(context, card, ct), owner.Kind);
            }
            else if (state.IsExpired(time.GetUtcNow()))
            {
                var note = dialogs.FirstOrDefault(d => d.Kind == state.Kind)?.ExpiredNote(context.Language, options.Value.Timeout)
                    ?? DialogTexts.Expired(context.Language, options.Value.Timeout);
                turn = DialogTurn.End().Say(note);
                if (!await TryCommitAsync(key, state, state.Kind, turn, context.Language, ct)) continue;
                logger.LogInformation("Dialog {DialogId} ({Kind}) expired", state.Id, state.Kind);
                await DeliverAsync(context, turn, ct);
                // A command typed after the note still runs; an answer to the old question does not.
                return input.Card is null && input.Command.IsWhole ? DialogOutcome.NotHandled : DialogOutcome.Done;
            }
            else if (dialogs.FirstOrDefault(d => d.Kind == state.Kind) is not { } dialog)
            {
                logger.LogWarning("Dialog {DialogId} has the unknown kind {Kind}; ended", state.Id, state.Kind);
                store.Remove(state);
                await db.SaveChangesAsync(ct);
                return DialogOutcome.NotHandled;
            }
            else
            {
                if (await InterruptionAsync(context, dialog, state, ct) is { } interrupted) return interrupted;
                (turn, kind) = (await dialog.ContinueAsync(context, state.Data, ct), dialog.Kind);
            }
            if (await TryCommitAsync(key, state, kind, turn, context.Language, ct))
            {
                await DeliverAsync(context, turn, ct);
                return DialogOutcome.Done;
            }
        }
        await context.ReplyAsync(DialogTexts.Busy(context.Language), ct);
        return DialogOutcome.Done;
    }

    /// <summary>Starts a dialog of <paramref name="kind"/> (replacing one that ended), answered where the context answers.</summary>
    public async Task StartAsync(CommandContext context, string kind, Func<CancellationToken, Task<DialogTurn>> start, CancellationToken ct)
    {
        var key = KeyOf(context);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var state = key is null ? null : await store.FindAsync(key, ct, again: attempt > 0);
            var turn = await start(ct);
            if (key is null || await TryCommitAsync(key, state, kind, turn, context.Language, ct))
            {
                await DeliverAsync(context, turn, ct);
                return;
            }
        }
        await context.ReplyAsync(DialogTexts.Busy(context.Language), ct);
    }

    /// <summary>After a command the person ran in the middle of a dialog: the dialog's question again.</summary>
    public async Task RepromptAsync(CommandContext context, CancellationToken ct)
    {
        if (await FindAsync(context, ct) is not { } state || state.IsExpired(time.GetUtcNow())) return;
        if (dialogs.FirstOrDefault(d => d.Kind == state.Kind) is not { } dialog) return;
        await DeliverAsync(context, dialog.Reprompt(context, state.Data), ct);
    }

    private static async Task<DialogOutcome?> InterruptionAsync(CommandContext context, IDialog dialog, DialogState state, CancellationToken ct)
    {
        var input = context.Input;
        if (input.IsCommandPress) return DialogOutcome.Interrupt(input.Command);
        if (input.Card is not null || !input.Command.IsWhole || dialog.Understands(state.Data, input.Text)) return null;
        // A command alone ("nästa träff", "vem är jag") is a command even where free text is asked for.
        if (!dialog.TakesFreeText(state.Data) || input.Command.Argument.Length == 0) return DialogOutcome.Interrupt(input.Command);
        // Free text that starts like a command: never echo what must not be kept; the dialog refuses it.
        if (PersonalIdentityNumber.Contains(input.Text)) return null;
        await context.ReplyAsync(DialogTexts.CommandOrAnswer(context.Language, input.Text), ct);
        return DialogOutcome.Done;
    }

    private static DialogKey? KeyOf(CommandContext context) => DialogStore.KeyOf(context.Turn.Activity, context.Replies.ConversationId);

    private async Task<bool> TryCommitAsync(DialogKey key, DialogState? state, string kind, DialogTurn turn, Language language, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (turn.Persist is not null) await turn.Persist(ct);
            var now = time.GetUtcNow();
            if (turn.Ends)
            {
                if (state is not null) store.Remove(state);
            }
            else
            {
                state ??= store.Add(key, kind, now);
                state.Save(turn.Step!, turn.Data!, now, options.Value.Timeout, Languages.Code(language));
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DbErrors.IsLostRace(e))
        {
            // Another message for the same dialog was saved first; decide this one again on the fresh state.
            logger.LogInformation("A {Kind} dialog turn lost a race; running it again", kind);
            await transaction.RollbackAsync(ct);
            store.Reset();
            return false;
        }
    }

    private static async Task DeliverAsync(CommandContext context, DialogTurn turn, CancellationToken ct)
    {
        if (turn.AfterCommit is not null) await turn.AfterCommit(ct);
        if (turn.ReplaceCard is { } card) await context.ReplaceCardAsync(card, ct);
        foreach (var reply in turn.Replies) await context.ReplyAsync(reply, ct);
    }
}

/// <summary>What every dialog says alike.</summary>
public static class DialogTexts
{
    public static string Expired(Language l, TimeSpan after) => l.Pick(
        $"Det du påbörjade avbröts, eftersom det legat orört i mer än {Hours(after)} timmar. Inget sparades.",
        $"What you started was cancelled because it was left alone for more than {Hours(after)} hours. Nothing was saved.");

    public static string Busy(Language l) => l.Pick(
        "Jag hann inte med ditt svar just nu – skicka det igen. Inget av det du redan svarat har försvunnit.",
        "I couldn't take your answer just now – please send it again. Nothing you already answered is lost.");

    /// <summary>A free-text answer that starts like a command: which was meant? Two buttons; typing works as well.</summary>
    public static Reply CommandOrAnswer(Language l, string text)
    {
        var shown = MarkdownText.Escape(text.Length > 60 ? text[..57] + "…" : text);
        var card = new AdaptiveCard(
            [new TextBlock(l.Pick($"Menade du kommandot **{shown}**, eller är det ert svar på frågan?",
                $"Did you mean the command **{shown}**, or is it your answer to the question?"))],
            [
                new SubmitAction(l.Pick("Kör kommandot", "Run the command"), CardSubmission.CommandData(text)) { AssociatedInputs = "none" },
                new SubmitAction(l.Pick("Det är vårt svar", "It is our answer"), CardSubmission.AnswerData(text, literal: true))
                    { AssociatedInputs = "none", Style = "positive" },
            ])
        { FallbackText = l.Pick($"Menade du kommandot {shown}? Skriv det igen som svar om det är ert svar.", $"Did you mean the command {shown}?") };
        return new Reply(null, card);
    }

    private static string Hours(TimeSpan t) => ((int)Math.Round(t.TotalHours)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
