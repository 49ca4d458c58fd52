using BplBot.Domain.CheckIn;

namespace BplBot.CheckIn;

/// <summary>"ändra senaste": a draft that starts from the team's saved check-in for the period.</summary>
public static class CheckInDrafts
{
    public static void LoadFrom(CheckInDraft draft, TeamCheckIn saved)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(saved);
        draft.Rating = saved.Rating;
        draft.Reason = saved.RatingReason;
        foreach (var m in draft.Measures)
        {
            var answer = saved.Answers.FirstOrDefault(a => a.MeasureId == m.MeasureId);
            m.Answered = answer is not null;
            m.Value = answer?.Value;
            // The saved value is in the series now; compare a changed value with what came before it.
            if (answer?.Value is { } v && m.History.Count > 0 && m.History[^1] == v) m.History.RemoveAt(m.History.Count - 1);
        }
        draft.Tested = saved.Tested;
        draft.Learned = saved.Learned;
        draft.NextStep = saved.NextStep;
        draft.WantsSupport = saved.SupportRequested;
        draft.SupportTopic = saved.SupportRequested ? saved.SupportTopic : null;
    }
}
