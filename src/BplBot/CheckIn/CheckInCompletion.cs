using BplBot.Cards;
using BplBot.Conversations.Commands;
using BplBot.Conversations.Replies;
using BplBot.Dialogs;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>
/// The end of a check-in: the member must still be in the team, a report poorer than the one it replaces is confirmed
/// first (naming what would be lost), then everything is saved in the dialog's transaction and the coaches are told.
/// </summary>
public sealed class CheckInCompletion(CheckInData data, CheckInSaver saver, SupportNotifier notifier, ImprovementScale scale)
{
    public async Task<DialogTurn> SaveAsync(CommandContext ctx, CheckInDraft draft, Func<CheckInDraft, DialogTurn> keep, CancellationToken ct)
    {
        var l = ctx.Language;
        var pressed = ctx.Input.Card is { Kind: CardSubmission.AnswerKind, IsInvoke: true };
        if (ctx.Person is not { } person || draft.TeamId is not { } teamId || !await data.IsMemberAsync(person.Id, teamId, ct))
            return DialogTurn.End().Say(CheckInTexts.NoLongerMember(l, draft.TeamName));

        var lost = CheckInLosses.Of(draft, l);
        if (lost.Count > 0 && !draft.LossConfirmed)
        {
            draft.Step = CheckInStep.ConfirmLoss;
            var question = CheckInLosses.Question(draft, l, lost);
            var confirm = keep(draft);
            if (pressed) confirm.ReplaceCard = ConfirmCard(question, l);
            else confirm.Say(new Reply(question) { Suggestions = CheckInChoices.For(draft, l, scale) });
            return confirm;
        }

        var turn = DialogTurn.End();
        SavedCheckIn? saved = null;
        turn.Persist = async c => saved = await saver.SaveAsync(draft, person, c);
        turn.AfterCommit = async c =>
        {
            var period = saved!.Period.Describe(l);
            if (pressed) turn.ReplaceCard = CheckInSummary.Saved(draft, l, scale, period);
            turn.Say(CheckInTexts.Saved(l, draft.TeamName, period, saved.Replaced));
            if (saved.Support is { } request)
                turn.Say(CheckInTexts.SupportSent(l, await notifier.NotifyAsync(ctx.Turn, request, draft.TeamName, person, c)));
        };
        return turn;
    }

    private static AdaptiveCard ConfirmCard(string question, Language l) => new(
        [new TextBlock(question)],
        [
            CheckInSummary.Button(l.Pick("Spara ändå", "Save anyway"), "spara ändå", "positive"),
            CheckInSummary.Button(l.Pick("Ändra", "Edit"), "ändra", null),
            CheckInSummary.Button(l.Pick("Avbryt", "Cancel"), "avbryt", "destructive"),
        ])
    { FallbackText = question };
}
