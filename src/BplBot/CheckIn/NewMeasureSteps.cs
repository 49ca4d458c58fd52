using BplBot.Text;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>Defining a new measure inside a check-in: name, unit, kind, direction, optional goal; then its first value.</summary>
public static class NewMeasureSteps
{
    public static FlowResult Answer(CheckInDraft draft, string text, Language l)
    {
        var m = draft.NewMeasure ??= new DraftMeasure();
        switch (draft.Step)
        {
            case CheckInStep.NewMeasureName:
                var check = FreeText.Check(text, FreeTextLimits.MeasureName);
                if (check is not FreeTextCheck.Ok ok) return FlowResult.Next(FreeText.Describe(check, l));
                if (HasMarkup(ok.Text)) return FlowResult.Next(NoMarkup(l));
                if (draft.Measures.Any(x => TextMatch.Normalize(x.Name) == TextMatch.Normalize(ok.Text)))
                    return FlowResult.Next(l.Pick("Teamet har redan ett mått med det namnet. Välj ett annat namn.",
                        "The team already has a measure with that name. Choose another name."));
                m.Name = ok.Text;
                draft.Step = CheckInStep.NewMeasureUnit;
                return FlowResult.Next();
            case CheckInStep.NewMeasureUnit:
                if (HasMarkup(text)) return FlowResult.Next(NoMarkup(l));
                var unit = Unit(text);
                if (unit is null)
                    return FlowResult.Next(l.Pick("Skriv en kort enhet, t.ex. **%**, **antal** eller **minuter**.",
                        "Write a short unit, e.g. **%**, **count** or **minutes**."));
                m.Unit = unit;
                draft.Step = CheckInStep.NewMeasureKind;
                return FlowResult.Next();
            case CheckInStep.NewMeasureKind:
                if (Kind(text) is not { } kind)
                    return FlowResult.Next(l.Pick("Svara **1**, **2** eller **3**.", "Answer **1**, **2** or **3**."));
                m.Kind = kind;
                draft.Step = CheckInStep.NewMeasureDirection;
                return FlowResult.Next();
            case CheckInStep.NewMeasureDirection:
                if (HigherIsBetter(text) is not { } higher)
                    return FlowResult.Next(l.Pick("Svara **upp** eller **ner**.", "Answer **up** or **down**."));
                m.HigherIsBetter = higher;
                draft.Step = CheckInStep.NewMeasureGoal;
                return FlowResult.Next();
            default:
                return Goal(draft, m, text, l);
        }
    }

    private static FlowResult Goal(CheckInDraft draft, DraftMeasure m, string text, Language l)
    {
        if (!DialogWords.IsSkip(text))
        {
            if (MeasureRules.Check(m.ToDefinition(), text, []) is not MeasureCheck.Ok ok)
                return FlowResult.Next(MeasureRules.Check(m.ToDefinition(), text, []) is MeasureCheck.Problem p
                    ? p.In(l)
                    : l.Pick("Skriv målvärdet som ett tal, eller **hoppa över**.", "Write the goal as a number, or **skip**."));
            m.Goal = ok.Value;
        }
        // The new measure is asked for its first value right away, before the measure the member was on.
        var at = Math.Min(draft.MeasureIndex, draft.Measures.Count);
        draft.Measures.Insert(at, m);
        draft.MeasureIndex = at;
        draft.NewMeasure = null;
        draft.Step = CheckInStep.Measure;
        return FlowResult.Next(l.Pick($"Måttet **{MarkdownText.Escape(m.Name)}** läggs till när du sparar.", $"The measure **{MarkdownText.Escape(m.Name)}** is added when you save."));
    }

    // A measure's name is shown to coaches and coordinators in cards and messages: no formatting, no links (F6).
    private static bool HasMarkup(string text) =>
        text.IndexOfAny(['[', ']', '<', '>', '*', '_', '\\', '`', '#', '|', '~']) >= 0 || text.Contains("://", StringComparison.Ordinal);

    private static string NoMarkup(Language l) => l.Pick(
        "Skriv namnet med vanliga ord, utan tecken som [ ] < > * _ # och utan länkar.",
        "Write the name in plain words, without characters such as [ ] < > * _ # and without links.");

    private static string? Unit(string text)
    {
        var t = text.Trim();
        if (t.Length is 0 or > 20 || t.Any(char.IsDigit)) return null;
        return MeasureUnits.Canonical(t);
    }

    private static MeasureKind? Kind(string text) => TextMatch.Normalize(text) switch
    {
        "1" or "process" or "processmatt" => MeasureKind.Process,
        "2" or "resultat" or "resultatmatt" or "outcome" => MeasureKind.Outcome,
        "3" or "balanserande" or "balanserande matt" or "balancing" => MeasureKind.Balancing,
        _ => null,
    };

    private static bool? HigherIsBetter(string text) => TextMatch.Normalize(text) switch
    {
        "upp" or "up" or "hogre" or "higher" or "hogre ar battre" or "higher is better" or "1" => true,
        "ner" or "ned" or "down" or "lagre" or "lower" or "lagre ar battre" or "lower is better" or "2" => false,
        _ => null,
    };
}
