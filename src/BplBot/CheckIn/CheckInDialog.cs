using BplBot.Cards;
using BplBot.Conversations.Commands;
using BplBot.Conversations.Replies;
using BplBot.Dialogs;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;
using BplBot.Domain.Time;

namespace BplBot.CheckIn;

/// <summary>
/// The check-in dialog: starts it for the member's team, moves it one answer (or one form) at a time, and hands the
/// finished draft to <see cref="CheckInCompletion"/>. It decides; the <see cref="DialogRunner"/> stores the state and
/// sends what was decided.
/// </summary>
public sealed class CheckInDialog(CheckInData data, CheckInFlow flow, CheckInCompletion completion, ImprovementScale scale) : IDialog
{
    public const string DialogKind = "checkin";

    public string Kind => DialogKind;

    public async Task<DialogTurn> StartAsync(CommandContext ctx, bool editLast, CancellationToken ct)
    {
        var l = ctx.Language;
        if (ctx.Person is not { } person || !person.MemberOf.Any())
            return DialogTurn.End().Say(CheckInTexts.NotAMember(l, ctx.Network?.IsDemo == true));
        var teams = await data.TeamsOfAsync(person, ct);
        var wantsForm = DialogWords.IsForm(ctx.Argument);
        var named = ctx.Argument.Length > 0 && !wantsForm ? teams.Where(t => t.IsNamed(ctx.Argument)).ToList() : [];
        // In a channel or group chat linked to one of the member's teams, the report is for that team.
        if (named.Count == 0 && ctx.Conversation?.ImprovementTeamId is { } linked && !ctx.Replies.IsRedirected)
            named = teams.Where(t => t.Id == linked).ToList();
        var draft = new CheckInDraft { WantsForm = wantsForm, EditLast = editLast };
        var team = named.Count == 1 ? named[0] : teams.Count == 1 ? teams[0] : null;
        if (team is null)
        {
            draft.Step = CheckInStep.Team;
            draft.TeamChoices = teams.Select(t => t.Id).ToList();
            draft.TeamChoiceNames = teams.Select(t => t.ShortName).ToList();
            return Ask(draft, l);
        }
        return await BeginAsync(draft, team, l, ct);
    }

    public async Task<DialogTurn> ContinueAsync(CommandContext context, string data, CancellationToken ct)
    {
        var ctx = context;
        var l = ctx.Language;
        if (CheckInDraft.Deserialize(data) is not { } draft) return DialogTurn.End().Say(CheckInTexts.Finished(l));
        var submission = ctx.Input.Card;
        if (submission?.Kind == CardSubmission.FormKind) return Form(draft, submission, l);
        var text = submission?.Answer ?? ctx.Input.Text;
        if (draft.Step == CheckInStep.Team) return await ChooseTeamAsync(draft, text, l, ct);
        if (submission?.IsLiteralAnswer != true && ctx.Input.Command.Name is CommandName.Report or CommandName.EditLast)
            return Ask(draft, l, CheckInTexts.AlreadyGoing(l));

        var result = flow.Answer(draft, text, l);
        var turn = result.Outcome switch
        {
            FlowOutcome.Cancel => DialogTurn.End().Say(CheckInTexts.Cancelled(l)),
            FlowOutcome.Save => await completion.SaveAsync(ctx, draft, Keep, ct),
            FlowOutcome.ShowForm => Keep(draft).Show(CheckInForm.Build(draft, l, scale)),
            _ => Ask(draft, l, [.. result.Messages]),
        };
        // A press on the summary card: the card itself becomes what the press did.
        if (submission?.Kind == CardSubmission.AnswerKind && submission.IsInvoke) ReplaceThePressedCard(turn, draft, l, result.Outcome);
        return turn;
    }

    public DialogTurn Reprompt(CommandContext context, string data) =>
        CheckInDraft.Deserialize(data) is { } draft ? Ask(draft, context.Language) : DialogTurn.End();

    public bool TakesFreeText(string data) => CheckInDraft.Deserialize(data)?.Step is CheckInStep.Reason or CheckInStep.Tested
        or CheckInStep.Learned or CheckInStep.NextStep or CheckInStep.SupportTopic or CheckInStep.NewMeasureName or CheckInStep.NewMeasureUnit;

    public bool Understands(string data, string text) => DialogWords.IsDialogWord(text)
        || CommandParser.Parse(text).Name is CommandName.Report or CommandName.EditLast;

    public string ExpiredNote(Language language, TimeSpan after) => CheckInTexts.Expired(language, after);

    public bool OwnsCard(CardSubmission card) => card.Kind is CardSubmission.FormKind or CardSubmission.AnswerKind;

    /// <summary>A card pressed after its dialog ended: a form starts again for its team; any other button says it is done.</summary>
    public async Task<DialogTurn> StartFromCardAsync(CommandContext context, CardSubmission card, CancellationToken ct)
    {
        var ctx = context;
        var l = ctx.Language;
        if (card.Kind != CardSubmission.FormKind || !int.TryParse(card.Text(CheckInForm.Team), out var teamId)
            || ctx.Person is not { } person || !await data.IsMemberAsync(person.Id, teamId, ct) || await data.TeamAsync(teamId, ct) is not { } team)
            return DialogTurn.End().Say(CheckInTexts.Finished(l));
        var draft = new CheckInDraft();
        if (Guid.TryParse(card.Text(CheckInForm.Version), out var version)) draft.FormVersion = version;
        await FillAsync(draft, team, ct);
        return Form(draft, card, l);
    }

    private DialogTurn Form(CheckInDraft draft, CardSubmission submission, Language l)
    {
        if (draft.TeamId is null) return Ask(draft, l, CheckInTexts.ChooseTeamFirst(l));
        // A form from an earlier report (another team, another dialog) is never applied to this one.
        if (submission.Text(CheckInForm.Team) != draft.TeamId.ToString()
            || (Guid.TryParse(submission.Text(CheckInForm.Version), out var version) && version != draft.FormVersion))
            return Keep(draft).Say(CheckInTexts.StaleForm(l));
        var reading = CheckInFormReader.Read(draft, submission, l, scale);
        var card = reading.IsValid
            ? CheckInSummary.Card(draft, l, scale)
            : CheckInForm.Build(draft, l, scale, reading.Problems, reading.KeptEntries, reading.Confirmed);
        var turn = Keep(draft);
        if (submission.IsInvoke) turn.ReplaceCard = card;
        else turn.Show(card);
        return turn;
    }

    private void ReplaceThePressedCard(DialogTurn turn, CheckInDraft draft, Language l, FlowOutcome outcome)
    {
        if (turn.ReplaceCard is not null) return;
        turn.ReplaceCard = outcome switch
        {
            FlowOutcome.Cancel => CheckInSummary.Cancelled(draft, l),
            FlowOutcome.ShowForm => Take(turn.Replies, r => r.Card is not null)?.Card,
            _ => turn.Ends ? null : draft.Step == CheckInStep.Summary ? CheckInSummary.Card(draft, l, scale) : null,
        };
    }

    /// <summary>Takes the first reply that matches out of the list (it goes in the pressed card's place instead).</summary>
    private static Reply? Take(List<Reply> replies, Func<Reply, bool> match)
    {
        var found = replies.FirstOrDefault(match);
        if (found is not null) replies.Remove(found);
        return found;
    }

    private async Task<DialogTurn> ChooseTeamAsync(CheckInDraft draft, string text, Language l, CancellationToken ct)
    {
        var index = int.TryParse(text.Trim().TrimEnd('.'), out var n) ? n - 1
            : draft.TeamChoiceNames.FindIndex(name => TextMatch.Normalize(name) == TextMatch.Normalize(text));
        if (index < 0 || index >= draft.TeamChoices.Count || await data.TeamAsync(draft.TeamChoices[index], ct) is not { } team)
            return DialogWords.IsCancel(text) ? DialogTurn.End().Say(CheckInTexts.Cancelled(l)) : Ask(draft, l, CheckInTexts.PickANumber(l, draft.TeamChoices.Count));
        return await BeginAsync(draft, team, l, ct);
    }

    private async Task<DialogTurn> BeginAsync(CheckInDraft draft, ImprovementTeam team, Language l, CancellationToken ct)
    {
        var current = await FillAsync(draft, team, ct);
        if (draft.EditLast && current is not null)
        {
            CheckInDrafts.LoadFrom(draft, current);
            CheckInNavigation.ToSummary(draft);
            return Ask(draft, l, CheckInTexts.EditingLast(l, team.ShortName));
        }
        var period = await data.CurrentPeriodAsync(ct);
        draft.Step = CheckInStep.Rating;
        var intro = CheckInTexts.Intro(l, team.ShortName, period.Describe(l), draft.ReplacesDate, draft.EditLast, draft.WantsForm);
        return draft.WantsForm
            ? Keep(draft).Say(intro).Show(CheckInForm.Build(draft, l, scale))
            : Ask(draft, l, intro);
    }

    private async Task<Domain.CheckIn.TeamCheckIn?> FillAsync(CheckInDraft draft, ImprovementTeam team, CancellationToken ct)
    {
        await data.FillForTeamAsync(draft, team, ct);
        var period = await data.CurrentPeriodAsync(ct);
        var current = await data.CurrentCheckInAsync(team.Id, period.MeetingId, ct);
        draft.Replaces = current?.Id;
        draft.ReplacesDate = current is null ? null : Stockholm.Today(current.SubmittedAt);
        if (current is not null)
        {
            draft.ReplacedValues = current.Answers.Select(a => new ReplacedValue(a.MeasureId, a.Value)).ToList();
            draft.ReplacedPgsa = new[] { (CheckInLosses.Tested, current.Tested), (CheckInLosses.Learned, current.Learned), (CheckInLosses.Next, current.NextStep) }
                .Where(p => p.Item2.Length > 0).Select(p => p.Item1).ToList();
        }
        return current;
    }

    /// <summary>The step's question (or the summary), with buttons for its closed choices, after what was said before.</summary>
    private DialogTurn Ask(CheckInDraft draft, Language l, params string[] before)
    {
        var question = draft.Step == CheckInStep.Summary ? CheckInSummary.Text(draft, l, scale) : CheckInPrompts.For(draft, l, scale);
        var text = string.Join("\n\n", before.Append(question).Where(s => s.Length > 0));
        return Keep(draft).Say(new Reply(text) { Suggestions = CheckInChoices.For(draft, l, scale) });
    }

    private static DialogTurn Keep(CheckInDraft draft) => DialogTurn.Keep(draft.Step.ToString(), draft.Serialize());
}
