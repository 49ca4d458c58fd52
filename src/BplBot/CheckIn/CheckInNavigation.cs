using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>Which step comes next, including the way back to the summary when the member edits one part.</summary>
public static class CheckInNavigation
{
    public static void Advance(CheckInDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft.Step = draft.Step switch
        {
            CheckInStep.Team => CheckInStep.Rating,
            CheckInStep.Rating => CheckInStep.Reason,
            CheckInStep.Reason => draft.Editing ? CheckInStep.Summary : FirstMeasure(draft),
            CheckInStep.Measure or CheckInStep.ConfirmMeasure => NextMeasure(draft),
            CheckInStep.NewMeasureGoal => CheckInStep.Measure,
            CheckInStep.Tested => CheckInStep.Learned,
            CheckInStep.Learned => CheckInStep.NextStep,
            CheckInStep.NextStep => draft.Editing ? CheckInStep.Summary : SupportStep(draft),
            _ => CheckInStep.Summary,
        };
        if (draft.Step == CheckInStep.Summary) draft.Editing = false;
    }

    public static void ToSummary(CheckInDraft draft)
    {
        draft.Step = CheckInStep.Summary;
        draft.Editing = false;
    }

    /// <summary>From the summary: "1"/"skattning", "2"/"mått", "3"/"pgsa", "4"/"stöd".</summary>
    public static bool StartEdit(CheckInDraft draft, string choice)
    {
        var c = TextMatch.Normalize(choice);
        CheckInStep? step = c switch
        {
            "1" or "skattning" or "skattningen" or "rating" or "betyg" => CheckInStep.Rating,
            "2" or "matt" or "matten" or "measure" or "measures" or "varden" or "values" => CheckInStep.Measure,
            "3" or "pgsa" or "pdsa" or "test" or "tester" => CheckInStep.Tested,
            "4" or "stod" or "support" or "hjalp fran coach" => SupportStep(draft),
            _ => null,
        };
        if (step is null) return false;
        draft.Editing = true;
        draft.Step = step.Value;
        if (step == CheckInStep.Measure) draft.MeasureIndex = 0;
        return true;
    }

    /// <summary>With an open request for support the question is whether to keep it, else whether they want support.</summary>
    public static CheckInStep SupportStep(CheckInDraft draft) => draft.OpenSupportId is null ? CheckInStep.Support : CheckInStep.SupportKeep;

    private static CheckInStep FirstMeasure(CheckInDraft draft)
    {
        draft.MeasureIndex = 0;
        return CheckInStep.Measure;
    }

    private static CheckInStep NextMeasure(CheckInDraft draft)
    {
        if (draft.Measures.Count == 0) return draft.Editing ? CheckInStep.Summary : CheckInStep.Tested;
        draft.MeasureIndex++;
        if (draft.MeasureIndex < draft.Measures.Count) return CheckInStep.Measure;
        draft.MeasureIndex = draft.Measures.Count;
        return draft.Editing ? CheckInStep.Summary : CheckInStep.Tested;
    }
}
