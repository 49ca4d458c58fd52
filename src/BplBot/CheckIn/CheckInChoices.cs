using BplBot.Conversations.Replies;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>The buttons for a step's closed choices; typing the same words works as well.</summary>
public static class CheckInChoices
{
    public static IReadOnlyList<Suggestion> For(CheckInDraft d, Language l, ImprovementScale scale) => d.Step switch
    {
        CheckInStep.Team => d.TeamChoiceNames.Select(Suggestion.Of).ToList(),
        CheckInStep.Rating => scale.Steps.Select(s => Suggestion.Of(ImprovementScale.Format(s.Score, l))).ToList(),
        CheckInStep.Measure => [Words(l, "hoppa över", "skip"), Words(l, "nytt mått", "new measure")],
        CheckInStep.ConfirmMeasure => d.PendingSuggestion is null
            ? [Words(l, "ja", "yes"), Words(l, "hoppa över", "skip")]
            : [Words(l, "ja", "yes"), Words(l, "behåll", "keep"), Words(l, "hoppa över", "skip")],
        CheckInStep.NewMeasureUnit => [Suggestion.Of("%"), Words(l, "antal", "count")],
        CheckInStep.NewMeasureKind => [new(l.Pick("processmått", "process"), "1"), new(l.Pick("resultatmått", "outcome"), "2"),
            new(l.Pick("balanserande", "balancing"), "3")],
        CheckInStep.NewMeasureDirection => [Words(l, "upp", "up"), Words(l, "ner", "down")],
        CheckInStep.NewMeasureGoal or CheckInStep.Tested or CheckInStep.Learned or CheckInStep.NextStep => [Words(l, "hoppa över", "skip")],
        CheckInStep.Support => [Words(l, "ja", "yes"), Words(l, "nej", "no")],
        CheckInStep.SupportKeep => [Words(l, "behåll", "keep"), Words(l, "ny fråga", "new question"), Words(l, "ta bort", "withdraw")],
        CheckInStep.Summary => [Words(l, "spara", "save"), Words(l, "ändra", "edit"), Words(l, "avbryt", "cancel")],
        CheckInStep.ChooseEdit => [Words(l, "skattning", "rating"), Words(l, "mått", "measures"), Suggestion.Of(l.Pick("PGSA", "PDSA")),
            Words(l, "stöd", "support")],
        CheckInStep.ConfirmLoss => [Words(l, "spara ändå", "save anyway"), Words(l, "ändra", "edit"), Words(l, "avbryt", "cancel")],
        _ => [],
    };

    private static Suggestion Words(Language l, string swedish, string english) => Suggestion.Of(l.Pick(swedish, english));
}
