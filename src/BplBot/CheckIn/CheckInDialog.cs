using BplBot.Cards;
using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;
using BplBot.Domain.Time;

namespace BplBot.CheckIn;

/// <summary>
/// The check-in dialog: starts it for the member's team, moves it one answer (or one form) at a time, and saves it.
/// It decides; <see cref="CheckInRunner"/> stores the state and sends what was decided.
/// </summary>
public sealed class CheckInDialog(CheckInData data, CheckInFlow flow, CheckInSaver saver, SupportNotifier notifier, ImprovementScale scale)
{
    public async Task<CheckInTurn> StartAsync(CommandContext ctx, bool editLast, CancellationToken ct)
    {
        var l = ctx.Language;
        if (ctx.Person is not { } person || !person.MemberOf.Any())
            return new CheckInTurn().Say(CheckInTexts.NotAMember(l, ctx.Network?.IsDemo == true));
        var teams = await data.TeamsOfAsync(person, ct);
        var wantsForm = DialogWords.IsForm(ctx.Argument);
        var named = ctx.Argument.Length > 0 && !wantsForm ? teams.Where(t => t.IsNamed(ctx.Argument)).ToList() : [];
        var draft = new CheckInDraft { WantsForm = wantsForm, EditLast = editLast };
        var team = named.Count == 1 ? named[0] : teams.Count == 1 ? teams[0] : null;
        if (team is null)
        {
            draft.Step = CheckInStep.Team;
            draft.TeamChoices = teams.Select(t => t.Id).ToList();
            draft.TeamChoiceNames = teams.Select(t => t.ShortName).ToList();
            return new CheckInTurn { Draft = draft }.Say(CheckInPrompts.For(draft, l, scale));
        }
        return await BeginAsync(draft, team, l, ct);
    }

    public async Task<CheckInTurn> ContinueAsync(CommandContext ctx, CheckInDraft draft, string text, CardSubmission? submission, CancellationToken ct)
    {
        var l = ctx.Language;
        if (submission?.Kind == CardSubmission.FormKind) return Form(draft, submission, l);
        text = submission?.Answer ?? text;
        if (draft.Step == CheckInStep.Team) return await ChooseTeamAsync(draft, text, l, ct);
        if (CommandParser.Parse(text).Name is CommandName.Report or CommandName.EditLast && !DialogWords.IsEdit(text, out _))
            return Ask(draft, l, CheckInTexts.AlreadyGoing(l));

        var result = flow.Answer(draft, text, l);
        return result.Outcome switch
        {
            FlowOutcome.Cancel => new CheckInTurn().Say(CheckInTexts.Cancelled(l)),
            FlowOutcome.Save => Save(ctx, draft, l),
            FlowOutcome.ShowForm => new CheckInTurn { Draft = draft }.Show(CheckInForm.Build(draft, l, scale)),
            _ => Ask(draft, l, [.. result.Messages]),
        };
    }

    /// <summary>A form pressed after its dialog ended (saved, cancelled or expired): a new dialog for the form's team.</summary>
    public async Task<CheckInTurn> StartFromFormAsync(CommandContext ctx, CardSubmission submission, CancellationToken ct)
    {
        var l = ctx.Language;
        if (submission.Kind != CardSubmission.FormKind || !int.TryParse(submission.Text("team"), out var teamId)
            || ctx.Person?.IsMemberOf(teamId) != true || await data.TeamAsync(teamId, ct) is not { } team)
            return new CheckInTurn().Say(CheckInTexts.Finished(l));
        var draft = new CheckInDraft();
        await FillAsync(draft, team, ct);
        return Form(draft, submission, l);
    }

    private CheckInTurn Form(CheckInDraft draft, CardSubmission submission, Language l)
    {
        if (draft.TeamId is null) return Ask(draft, l, CheckInTexts.ChooseTeamFirst(l));
        var reading = CheckInFormReader.Read(draft, submission, l, scale);
        var card = reading.IsValid
            ? CheckInSummary.Card(draft, l, scale)
            : CheckInForm.Build(draft, l, scale, reading.Problems, reading.KeptEntries, reading.Confirmed);
        var turn = new CheckInTurn { Draft = draft };
        if (submission.IsInvoke) turn.InvokeCard = card;
        else turn.Show(card);
        return turn;
    }

    private async Task<CheckInTurn> ChooseTeamAsync(CheckInDraft draft, string text, Language l, CancellationToken ct)
    {
        var index = int.TryParse(text.Trim().TrimEnd('.'), out var n) ? n - 1
            : draft.TeamChoiceNames.FindIndex(name => TextMatch.Normalize(name) == TextMatch.Normalize(text));
        if (index < 0 || index >= draft.TeamChoices.Count || await data.TeamAsync(draft.TeamChoices[index], ct) is not { } team)
            return DialogWords.IsCancel(text) ? new CheckInTurn().Say(CheckInTexts.Cancelled(l)) : Ask(draft, l, CheckInTexts.PickANumber(l, draft.TeamChoices.Count));
        return await BeginAsync(draft, team, l, ct);
    }

    private async Task<CheckInTurn> BeginAsync(CheckInDraft draft, ImprovementTeam team, Language l, CancellationToken ct)
    {
        var current = await FillAsync(draft, team, ct);
        var turn = new CheckInTurn { Draft = draft };
        if (draft.EditLast && current is not null)
        {
            CheckInDrafts.LoadFrom(draft, current);
            CheckInNavigation.ToSummary(draft);
            return turn.Say(CheckInTexts.EditingLast(l, team.ShortName) + "\n\n" + CheckInSummary.Text(draft, l, scale));
        }
        var period = await data.CurrentPeriodAsync(ct);
        draft.Step = CheckInStep.Rating;
        var intro = CheckInTexts.Intro(l, team.ShortName, period.Describe(l), draft.ReplacesDate, draft.EditLast);
        return draft.WantsForm
            ? turn.Say(intro).Show(CheckInForm.Build(draft, l, scale))
            : turn.Say(intro + "\n\n" + CheckInPrompts.For(draft, l, scale));
    }

    private async Task<Domain.CheckIn.TeamCheckIn?> FillAsync(CheckInDraft draft, ImprovementTeam team, CancellationToken ct)
    {
        await data.FillForTeamAsync(draft, team, ct);
        var period = await data.CurrentPeriodAsync(ct);
        var current = await data.CurrentCheckInAsync(team.Id, period.MeetingId, ct);
        draft.Replaces = current?.Id;
        draft.ReplacesDate = current is null ? null : Stockholm.Today(current.SubmittedAt);
        return current;
    }

    private CheckInTurn Ask(CheckInDraft draft, Language l, params string[] before)
    {
        var question = draft.Step == CheckInStep.Summary ? CheckInSummary.Text(draft, l, scale) : CheckInPrompts.For(draft, l, scale);
        return new CheckInTurn { Draft = draft }.Say(string.Join("\n\n", before.Append(question).Where(s => s.Length > 0)));
    }

    private CheckInTurn Save(CommandContext ctx, CheckInDraft draft, Language l)
    {
        var turn = new CheckInTurn();
        SavedCheckIn? saved = null;
        turn.Persist = async ct => saved = await saver.SaveAsync(draft, ctx.Person, ct);
        turn.AfterCommit = async ct =>
        {
            turn.Say(CheckInTexts.Saved(l, draft.TeamName, saved!.Period.Describe(l), saved.Replaced));
            if (saved.Support is { } request)
                turn.Say(CheckInTexts.SupportSent(l, await notifier.NotifyAsync(ctx.Turn, request, draft.TeamName, ctx.Person, ct)));
        };
        return turn;
    }
}
