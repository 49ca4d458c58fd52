using BplBot.Text;
using System.Text;
using System.Text.Json.Nodes;
using BplBot.Cards;
using BplBot.Domain.Measures;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>The summary before saving: as text (works everywhere) and as a card with Spara / Ändra / Avbryt.</summary>
public static class CheckInSummary
{
    public static string Text(CheckInDraft d, Language l, ImprovementScale scale)
    {
        var text = new StringBuilder();
        text.Append(l.Pick($"**Sammanfattning – {d.TeamName}**\n\n", $"**Summary – {d.TeamName}**\n\n"));
        foreach (var (title, value) in Facts(d, l, scale)) text.Append($"- **{title}:** {value}\n");
        if (d.ReplacesDate is { } replaced)
            text.Append('\n').Append(l.Pick(
                $"Det här ersätter teamets rapport från {Formats.Date(replaced, l)} för samma period (den gamla sparas i historiken).",
                $"This replaces the team's report from {Formats.Date(replaced, l)} for the same period (the old one is kept in the history)."));
        text.Append("\n\n").Append(l.Pick("Skriv **spara** för att spara, **ändra** för att ändra något, eller **avbryt**.",
            "Write **save** to save, **edit** to change something, or **cancel**."));
        return text.ToString();
    }

    public static AdaptiveCard Card(CheckInDraft d, Language l, ImprovementScale scale)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(l.Pick($"Sammanfattning – {d.TeamName}", $"Summary – {d.TeamName}")),
            new FactSet(Facts(d, l, scale).Select(f => new Fact(f.Title, f.Value)).ToList()),
        };
        if (d.ReplacesDate is { } replaced)
            body.Add(TextBlock.Subtle(l.Pick($"Ersätter rapporten från {Formats.Date(replaced, l)}.", $"Replaces the report from {Formats.Date(replaced, l)}.")));
        return new AdaptiveCard(body,
        [
            Button(l.Pick("Spara", "Save"), "spara", "positive"),
            Button(l.Pick("Ändra", "Edit"), "ändra", null),
            Button(l.Pick("Avbryt", "Cancel"), "avbryt", "destructive"),
        ])
        { FallbackText = Text(d, l, scale) };
    }

    /// <summary>What the summary card becomes once saved: the same facts, read-only, with a tick.</summary>
    public static AdaptiveCard Saved(CheckInDraft d, Language l, ImprovementScale scale, string period) => new(
        [
            TextBlock.Heading(l.Pick($"Sparad ✓ – {d.TeamName}", $"Saved ✓ – {d.TeamName}")) with { Color = "Good" },
            TextBlock.Subtle(l.Pick($"Rapporten gäller {period}.", $"The report is for {period}.")),
            new FactSet(Facts(d, l, scale).Select(f => new Fact(f.Title, f.Value)).ToList()),
        ])
    { FallbackText = l.Pick($"Rapporten för {d.TeamName} är sparad.", $"The report for {d.TeamName} is saved.") };

    /// <summary>What a card becomes once the report was cancelled.</summary>
    public static AdaptiveCard Cancelled(CheckInDraft d, Language l) => new(
        [TextBlock.Subtle(l.Pick($"Rapporten för {d.TeamName} avbröts. Inget sparades.", $"The report for {d.TeamName} was cancelled. Nothing was saved."))])
    { FallbackText = l.Pick("Rapporten avbröts.", "The report was cancelled.") };

    /// <summary>A button that answers the dialog as if the member had typed <paramref name="answer"/>; the card answers it.</summary>
    public static ExecuteAction Button(string title, string answer, string? style) =>
        new(title, CardSubmission.AnswerVerb, CardSubmission.AnswerData(answer)) { Style = style, AssociatedInputs = "none" };

    private static IEnumerable<(string Title, string Value)> Facts(CheckInDraft d, Language l, ImprovementScale scale)
    {
        var rating = d.Rating is { } r ? $"{ImprovementScale.Format(r, l)} ({scale.Find(r)?.LabelIn(l)})" : "–";
        yield return (l.Pick("Skattning", "Rating"), rating);
        yield return (l.Pick("Varför", "Why"), Show(d.Reason, l));
        if (d.Measures.Count == 0) yield return (l.Pick("Mått", "Measures"), l.Pick("inga", "none"));
        foreach (var m in d.Measures)
        {
            var name = MarkdownText.Escape(m.Name);
            yield return (m.IsNew ? l.Pick($"Nytt mått: {name}", $"New measure: {name}") : name, MeasureValue(m, l));
        }
        yield return (l.Pick("Testade", "Tested"), Show(d.Tested, l));
        yield return (l.Pick("Lärde oss", "Learned"), Show(d.Learned, l));
        yield return (l.Pick("Härnäst", "Next"), Show(d.NextStep, l));
        yield return (l.Pick("Stöd från coach", "Help from coach"), Support(d, l));
    }

    private static string Support(CheckInDraft d, Language l)
    {
        if (d.WantsSupport == true)
            return l.Pick("ja – ", "yes – ") + MarkdownText.Escape(d.SupportTopic)
                + (d.KeepsOpenSupport ? l.Pick(" (ert öppna önskemål)", " (your open request)") : string.Empty);
        return d.OpenSupportId is null ? l.Pick("nej", "no") : l.Pick("nej – det öppna önskemålet tas bort", "no – the open request is withdrawn");
    }

    private static string MeasureValue(DraftMeasure m, Language l)
    {
        var value = m.Value is { } v ? Formats.Value(v, m.Unit, l, m.CountNoun) : l.Pick("hoppas över", "skipped");
        if (m.IsNew)
        {
            var kind = m.Kind switch
            {
                MeasureKind.Outcome => l.Pick("resultatmått", "outcome"),
                MeasureKind.Balancing => l.Pick("balanserande", "balancing"),
                _ => l.Pick("processmått", "process"),
            };
            var goal = m.Goal is { } g ? l.Pick($", mål {Formats.Value(g, m.Unit, l, m.CountNoun)}", $", goal {Formats.Value(g, m.Unit, l)}") : string.Empty;
            return $"{value} ({CheckInPrompts.UnitWord(m, l)}, {kind}, {(m.HigherIsBetter ? l.Pick("högre är bättre", "higher is better") : l.Pick("lägre är bättre", "lower is better"))}{goal})";
        }
        return m.LastValue is { } last ? $"{value} ({l.Pick("förra", "last")}: {Formats.Value(last, m.Unit, l, m.CountNoun)})" : value;
    }

    private static string Show(string? text, Language l) =>
        string.IsNullOrEmpty(text) ? "–" : MarkdownText.Escape(text);
}
