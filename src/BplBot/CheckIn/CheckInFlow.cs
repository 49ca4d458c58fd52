using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

public enum FlowOutcome
{
    /// <summary>The dialog goes on: the new step's question follows the messages.</summary>
    Continue,
    /// <summary>The member answered <c>spara</c> on the summary.</summary>
    Save,
    Cancel,
    /// <summary>The member asked for the card form.</summary>
    ShowForm,
}

public sealed record FlowResult(FlowOutcome Outcome, IReadOnlyList<string> Messages)
{
    public static FlowResult Next(params string[] messages) => new(FlowOutcome.Continue, messages);
}

/// <summary>
/// The text dialog: one answer moves the draft one step. A wrong answer names the problem and asks again; nothing the
/// member already gave is lost. Team choice needs the database, so it is handled by <see cref="CheckInDialog"/>.
/// </summary>
public sealed class CheckInFlow(ImprovementScale scale)
{
    public FlowResult Answer(CheckInDraft draft, string text, Language l)
    {
        ArgumentNullException.ThrowIfNull(draft);
        text = (text ?? string.Empty).Trim();
        if (DialogWords.IsCancel(text)) return new FlowResult(FlowOutcome.Cancel, []);
        if (DialogWords.IsHelp(text)) return FlowResult.Next(CheckInHelp.For(draft.Step, l));
        if (DialogWords.IsForm(text) && draft.Step is not (CheckInStep.Team or CheckInStep.Summary or CheckInStep.ChooseEdit))
            return new FlowResult(FlowOutcome.ShowForm, []);
        return draft.Step switch
        {
            CheckInStep.Rating => Rating(draft, text, l),
            CheckInStep.Reason => FreeTextStep(draft, text, l, FreeTextLimits.Reason, allowSkip: false, v => draft.Reason = v),
            CheckInStep.Measure => Measure(draft, text, l),
            CheckInStep.ConfirmMeasure => Confirm(draft, text, l),
            CheckInStep.NewMeasureName or CheckInStep.NewMeasureUnit or CheckInStep.NewMeasureKind
                or CheckInStep.NewMeasureDirection or CheckInStep.NewMeasureGoal => NewMeasureSteps.Answer(draft, text, l),
            CheckInStep.Tested => FreeTextStep(draft, text, l, FreeTextLimits.Pgsa, allowSkip: true, v => draft.Tested = v),
            CheckInStep.Learned => FreeTextStep(draft, text, l, FreeTextLimits.Pgsa, allowSkip: true, v => draft.Learned = v),
            CheckInStep.NextStep => FreeTextStep(draft, text, l, FreeTextLimits.Pgsa, allowSkip: true, v => draft.NextStep = v),
            CheckInStep.Support => Support(draft, text, l),
            CheckInStep.SupportTopic => FreeTextStep(draft, text, l, FreeTextLimits.SupportTopic, allowSkip: false, v => draft.SupportTopic = v),
            CheckInStep.Summary => Summary(draft, text, l),
            CheckInStep.ChooseEdit => ChooseEdit(draft, text, l),
            CheckInStep.SupportKeep => SupportKeep(draft, text, l),
            CheckInStep.ConfirmLoss => ConfirmLoss(draft, text, l),
            _ => FlowResult.Next(),
        };
    }

    private FlowResult Rating(CheckInDraft draft, string text, Language l)
    {
        switch (scale.Parse(text))
        {
            case RatingParse.Valid valid:
                draft.Rating = valid.Score;
                CheckInNavigation.Advance(draft);
                return FlowResult.Next();
            case RatingParse.OffScale off:
                return FlowResult.Next(l.Pick(
                    $"{ImprovementScale.Format(off.Value, l)} finns inte på skalan. Skalan går från 0,5 till 5,0 i halva steg.",
                    $"{ImprovementScale.Format(off.Value, l)} is not on the scale. It goes from 0.5 to 5.0 in half steps."));
            default:
                return FlowResult.Next(l.Pick(
                    "Jag förstod inte skattningen. Skriv ett steg på skalan, t.ex. **3,5** eller **3 och en halv**.",
                    "I didn't understand the rating. Write a step on the scale, e.g. **3.5** or **3 and a half**."));
        }
    }

    private static FlowResult FreeTextStep(CheckInDraft draft, string text, Language l, int max, bool allowSkip, Action<string> set)
    {
        if (allowSkip && DialogWords.IsSkip(text))
        {
            set(string.Empty);
            CheckInNavigation.Advance(draft);
            return FlowResult.Next();
        }
        var check = FreeText.Check(text, max);
        if (check is not FreeTextCheck.Ok ok) return FlowResult.Next(FreeText.Describe(check, l));
        set(ok.Text);
        CheckInNavigation.Advance(draft);
        return FlowResult.Next();
    }

    private static FlowResult Measure(CheckInDraft draft, string text, Language l)
    {
        if (DialogWords.IsNewMeasure(text))
        {
            draft.NewMeasure = new DraftMeasure();
            draft.Step = CheckInStep.NewMeasureName;
            return FlowResult.Next();
        }
        if (draft.CurrentMeasure is not { } m)
        {
            if (!DialogWords.IsSkip(text))
                return FlowResult.Next(l.Pick("Skriv **nytt mått** eller **hoppa över**.", "Write **new measure** or **skip**."));
            CheckInNavigation.Advance(draft);
            return FlowResult.Next();
        }
        if (DialogWords.IsSkip(text))
        {
            m.Value = null;
            m.Answered = true;
            CheckInNavigation.Advance(draft);
            return FlowResult.Next();
        }
        return CheckValue(draft, m, text, l);
    }

    private static FlowResult CheckValue(CheckInDraft draft, DraftMeasure m, string text, Language l)
    {
        switch (MeasureRules.Check(m.ToDefinition(), text, m.History))
        {
            case MeasureCheck.Ok ok:
                m.Value = ok.Value;
                m.Answered = true;
                CheckInNavigation.Advance(draft);
                return FlowResult.Next();
            case MeasureCheck.FarFromHistory far:
                draft.PendingValue = far.Value;
                draft.PendingSuggestion = far.Suggestion;
                draft.Step = CheckInStep.ConfirmMeasure;
                return FlowResult.Next();
            case MeasureCheck.Problem problem:
                return FlowResult.Next(problem.In(l));
            default:
                return FlowResult.Next();
        }
    }

    private static FlowResult Confirm(CheckInDraft draft, string text, Language l)
    {
        var m = draft.CurrentMeasure!;
        decimal? chosen = DialogWords.IsYes(text) ? draft.PendingSuggestion ?? draft.PendingValue
            : DialogWords.IsKeep(text) || (DialogWords.IsNo(text) && draft.PendingSuggestion is not null) ? draft.PendingValue
            : null;
        if (chosen is { } value)
        {
            m.Value = value;
            m.Answered = true;
            draft.PendingValue = draft.PendingSuggestion = null;
            CheckInNavigation.Advance(draft);
            return FlowResult.Next();
        }
        if (DialogWords.IsSkip(text))
        {
            draft.PendingValue = draft.PendingSuggestion = null;
            m.Value = null;
            m.Answered = true;
            CheckInNavigation.Advance(draft);
            return FlowResult.Next();
        }
        draft.PendingValue = draft.PendingSuggestion = null;
        draft.Step = CheckInStep.Measure;
        return CheckValue(draft, m, text, l);
    }

    private static FlowResult Support(CheckInDraft draft, string text, Language l)
    {
        if (DialogWords.IsYes(text))
        {
            draft.WantsSupport = true;
            draft.Step = CheckInStep.SupportTopic;
            return FlowResult.Next();
        }
        if (DialogWords.IsNo(text) || DialogWords.IsSkip(text))
        {
            draft.WantsSupport = false;
            draft.SupportTopic = null;
            CheckInNavigation.ToSummary(draft);
            return FlowResult.Next();
        }
        return FlowResult.Next(l.Pick("Svara **ja** eller **nej**.", "Answer **yes** or **no**."));
    }

    private static FlowResult Summary(CheckInDraft draft, string text, Language l)
    {
        if (DialogWords.IsSave(text)) return new FlowResult(FlowOutcome.Save, []);
        if (DialogWords.IsEdit(text, out var what)) return Edit(draft, what, l);
        return FlowResult.Next(l.Pick("Skriv **spara**, **ändra** eller **avbryt**.", "Write **save**, **edit** or **cancel**."));
    }

    private static FlowResult Edit(CheckInDraft draft, string what, Language l)
    {
        // From the card form, "ändra" opens the form again with everything filled in.
        if (draft.FromForm && what.Length == 0) return new FlowResult(FlowOutcome.ShowForm, []);
        if (what.Length == 0)
        {
            draft.Step = CheckInStep.ChooseEdit;
            return FlowResult.Next();
        }
        return ChooseEdit(draft, what, l);
    }

    /// <summary>The team already asked for support: keep that request, write a new one, or withdraw it.</summary>
    private static FlowResult SupportKeep(CheckInDraft draft, string text, Language l)
    {
        if (DialogWords.IsKeep(text) || DialogWords.IsYes(text))
        {
            draft.WantsSupport = true;
            draft.KeepsOpenSupport = true;
            draft.SupportTopic = draft.OpenSupportTopic;
            CheckInNavigation.ToSummary(draft);
            return FlowResult.Next();
        }
        if (DialogWords.IsNewQuestion(text))
        {
            draft.WantsSupport = true;
            draft.KeepsOpenSupport = false;
            draft.Step = CheckInStep.SupportTopic;
            return FlowResult.Next();
        }
        if (DialogWords.IsWithdraw(text) || DialogWords.IsNo(text))
        {
            draft.WantsSupport = false;
            draft.KeepsOpenSupport = false;
            draft.SupportTopic = null;
            CheckInNavigation.ToSummary(draft);
            return FlowResult.Next();
        }
        return FlowResult.Next(l.Pick("Svara **behåll**, **ny fråga** eller **ta bort**.", "Answer **keep**, **new question** or **withdraw**."));
    }

    /// <summary>Saving would lose values the earlier report had: only an explicit "spara ändå" saves.</summary>
    private static FlowResult ConfirmLoss(CheckInDraft draft, string text, Language l)
    {
        if (DialogWords.IsSave(text) || DialogWords.IsYes(text) || DialogWords.IsSaveAnyway(text))
        {
            draft.LossConfirmed = true;
            return new FlowResult(FlowOutcome.Save, []);
        }
        if (DialogWords.IsEdit(text, out var what)) return Edit(draft, what, l);
        return FlowResult.Next(l.Pick("Skriv **spara ändå**, **ändra** eller **avbryt**.", "Write **save anyway**, **edit** or **cancel**."));
    }

    private static FlowResult ChooseEdit(CheckInDraft draft, string text, Language l)
    {
        if (CheckInNavigation.StartEdit(draft, text)) return FlowResult.Next();
        return FlowResult.Next(l.Pick("Svara med en siffra från 1 till 4.", "Answer with a number from 1 to 4."));
    }
}
