using BplBot.Text;
using System.Text;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>The question for each step, in plain Swedish (or English).</summary>
public static class CheckInPrompts
{
    public static string For(CheckInDraft draft, Language l, ImprovementScale scale) => draft.Step switch
    {
        CheckInStep.Team => Team(draft, l),
        CheckInStep.Rating => Rating(draft, l, scale),
        CheckInStep.Reason => l.Pick(
            "Beskriv kort **varför** ni landar där – en mening räcker.",
            "Say briefly **why** – one sentence is enough."),
        CheckInStep.Measure => Measure(draft, l),
        CheckInStep.ConfirmMeasure => Confirm(draft, l),
        CheckInStep.NewMeasureName => l.Pick(
            "**Nytt mått.** Vad heter måttet? (t.ex. *Närvaro åk 7–9*)",
            "**New measure.** What is it called? (e.g. *Attendance years 7–9*)"),
        CheckInStep.NewMeasureUnit => l.Pick(
            "Vilken **enhet**? Skriv **%** för en andel, **antal** för ett antal, eller en annan enhet (t.ex. *minuter*).",
            "Which **unit**? Write **%** for a share, **count** for a number of things, or another unit (e.g. *minutes*)."),
        CheckInStep.NewMeasureKind => l.Pick(
            "Vilken sorts mått? **1** processmått, **2** resultatmått, **3** balanserande mått.",
            "What kind of measure? **1** process, **2** outcome, **3** balancing."),
        CheckInStep.NewMeasureDirection => l.Pick(
            "Är det bättre när värdet går **upp** eller **ner**?",
            "Is it better when the value goes **up** or **down**?"),
        CheckInStep.NewMeasureGoal => l.Pick(
            "Har måttet ett **mål**? Skriv målvärdet (t.ex. 95), eller **hoppa över**.",
            "Does the measure have a **goal**? Write the target value (e.g. 95), or **skip**."),
        CheckInStep.Tested => Section(3, l) + l.Pick(
            "**PGSA – vad testade ni** sedan förra träffen? Skriv kort, eller **hoppa över**.",
            "**PDSA – what did you test** since the last meeting? Write briefly, or **skip**."),
        CheckInStep.Learned => l.Pick(
            "**Vad lärde ni er** av det? (eller **hoppa över**)",
            "**What did you learn** from it? (or **skip**)"),
        CheckInStep.NextStep => l.Pick(
            "**Vad gör ni härnäst?** (eller **hoppa över**)",
            "**What will you do next?** (or **skip**)"),
        CheckInStep.Support => Section(4, l) + l.Pick(
            "**Vill ni ha stöd** från er coach? Svara **ja** eller **nej**.",
            "**Would you like help** from your coach? Answer **yes** or **no**."),
        CheckInStep.SupportTopic => l.Pick(
            "Vad vill ni ha hjälp med? Skriv några rader – de går till er coach.",
            "What would you like help with? A few lines – they go to your coach."),
        CheckInStep.SupportKeep => Section(4, l) + l.Pick(
            $"Ni har redan bett om stöd: *{MarkdownText.Escape(draft.OpenSupportTopic)}*. Ska frågan finnas kvar? Svara **behåll**, **ny fråga** om ni vill skriva en ny, eller **ta bort** om ni inte behöver stödet längre.",
            $"You have already asked for help: *{MarkdownText.Escape(draft.OpenSupportTopic)}*. Keep the request? Answer **keep**, **new question** to write a new one, or **withdraw** if you no longer need it."),
        CheckInStep.ConfirmLoss => CheckInLosses.Question(draft, l, CheckInLosses.Of(draft, l)),
        CheckInStep.ChooseEdit => l.Pick(
            "Vad vill du ändra? **1** skattning, **2** mått, **3** PGSA, **4** stöd.",
            "What would you like to change? **1** rating, **2** measures, **3** PDSA, **4** support."),
        _ => string.Empty,
    };

    private static string Section(int number, Language l) =>
        l.Pick($"*Del {number} av 4* · ", $"*Part {number} of 4* · ");

    private static string Team(CheckInDraft draft, Language l)
    {
        var text = new StringBuilder(l.Pick("Du är med i flera team. **Vilket team** rapporterar du för? Svara med numret:\n\n",
            "You are in several teams. **Which team** are you reporting for? Answer with the number:\n\n"));
        for (var i = 0; i < draft.TeamChoiceNames.Count; i++) text.Append($"{i + 1}. {draft.TeamChoiceNames[i]}\n");
        return text.ToString().TrimEnd();
    }

    private static string Rating(CheckInDraft draft, Language l, ImprovementScale scale)
    {
        var text = new StringBuilder(Section(1, l));
        text.Append(l.Pick($"**Skattning för {draft.TeamName}.** Hur långt har ni kommit på skattningsskalan?",
            $"**Rating for {draft.TeamName}.** How far have you come on the improvement scale?"));
        if (draft.PreviousRating is { } previous)
        {
            var label = scale.Find(previous)?.LabelIn(l) ?? string.Empty;
            var when = draft.PreviousRatingDate is { } d ? l.Pick($" den {Formats.Date(d, l)}", $" on {Formats.Date(d, l)}") : string.Empty;
            text.Append(l.Pick($" Förra skattningen: **{ImprovementScale.Format(previous, l)}** ({label}){when}.",
                $" Last rating: **{ImprovementScale.Format(previous, l)}** ({label}){when}."));
        }
        text.Append("\n\n").Append(scale.ListSteps(l)).Append("\n\n");
        text.Append(l.Pick("Svara med ett steg, t.ex. **3,5**.", "Answer with a step, e.g. **3.5**."));
        return text.ToString();
    }

    private static string Measure(CheckInDraft draft, Language l)
    {
        if (draft.CurrentMeasure is not { } m)
            return Section(2, l) + l.Pick(
                "Ni har **inga mått** ännu. Skriv **nytt mått** för att lägga till ett, eller **hoppa över**.",
                "You have **no measures** yet. Write **new measure** to add one, or **skip**.");
        var text = new StringBuilder(draft.MeasureIndex == 0 ? Section(2, l) : string.Empty);
        text.Append(l.Pick($"**Mått {draft.MeasureIndex + 1} av {draft.Measures.Count}: {MarkdownText.Escape(m.Name)}**",
            $"**Measure {draft.MeasureIndex + 1} of {draft.Measures.Count}: {MarkdownText.Escape(m.Name)}**"));
        text.Append(UnitSuffix(m, l));
        if (m.LastValue is { } last && m.LastDate is { } date)
            text.Append(l.Pick($". Senast: **{Formats.Value(last, m.Unit, l, m.CountNoun)}** den {Formats.Date(date, l)}.",
                $". Last: **{Formats.Value(last, m.Unit, l)}** on {Formats.Date(date, l)}."));
        else text.Append('.');
        text.Append(l.Pick(" Skriv det nya värdet, eller **hoppa över**.", " Write the new value, or **skip**."));
        if (m.Unit == "%") text.Append(l.Pick(" Du kan också skriva täljare/nämnare, t.ex. 45/50.", " You can also write numerator/denominator, e.g. 45/50."));
        if (draft.MeasureIndex == 0) text.Append(l.Pick(" (Skriv **nytt mått** för att lägga till ett mått.)", " (Write **new measure** to add one.)"));
        return text.ToString();
    }

    /// <summary>"%", "helt tal" (a count: never "antal", swedish.md), "minuter".</summary>
    public static string UnitWord(DraftMeasure m, Language l, bool markdown = true)
    {
        var word = Formats.IsCountUnit(m.Unit) ? l.Pick("helt tal", "whole number") : m.Unit;
        return markdown ? MarkdownText.Escape(word) : word;
    }

    /// <summary>" (%)", " (minuter)" after a measure's name; nothing for a count, whose name and values carry its noun.</summary>
    public static string UnitSuffix(DraftMeasure m, Language l, bool markdown = true) =>
        Formats.IsCountUnit(m.Unit) ? string.Empty : $" ({UnitWord(m, l, markdown)})";

    private static string Confirm(CheckInDraft draft, Language l)
    {
        var m = draft.CurrentMeasure!;
        var typed = Formats.Value(draft.PendingValue ?? 0, m.Unit, l, m.CountNoun);
        var range = m.History.Count > 0
            ? $"{Formats.Number(m.History.Min(), l)}–{Formats.Value(m.History.Max(), m.Unit, l, m.CountNoun)}"
            : string.Empty;
        if (draft.PendingSuggestion is { } suggestion)
        {
            var s = Formats.Value(suggestion, m.Unit, l, m.CountNoun);
            return l.Pick(
                $"{typed} ligger långt från tidigare värden ({range}). **Menade du {s}?** Svara **ja** för {s}, **behåll** för {typed}, eller skriv ett annat värde.",
                $"{typed} is far from earlier values ({range}). **Did you mean {s}?** Answer **yes** for {s}, **keep** for {typed}, or write another value.");
        }
        return l.Pick(
            $"{typed} ligger långt från tidigare värden ({range}). **Stämmer det?** Svara **ja** för att spara {typed}, eller skriv ett annat värde.",
            $"{typed} is far from earlier values ({range}). **Is that right?** Answer **yes** to save {typed}, or write another value.");
    }
}
