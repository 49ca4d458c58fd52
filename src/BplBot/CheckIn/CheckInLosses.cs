using BplBot.Domain.Text;
using BplBot.Text;

namespace BplBot.CheckIn;

/// <summary>
/// What a replacing report would lose compared with the period's report it replaces: measures that had a value and
/// are now skipped, PGSA answers that are now empty. Named before saving, so one <c>spara</c> can't empty a good report.
/// </summary>
public static class CheckInLosses
{
    public const string Tested = "tested", Learned = "learned", Next = "next";

    public static IReadOnlyList<string> Of(CheckInDraft d, Language l)
    {
        var lost = new List<string>();
        foreach (var old in d.ReplacedValues.Where(v => v.Value is not null))
        {
            var m = d.Measures.FirstOrDefault(x => x.MeasureId == old.MeasureId);
            if (m is null || m.Value is null)
                lost.Add($"**{MarkdownText.Escape(m?.Name ?? "?")}** ({Formats.Value(old.Value!.Value, m?.Unit ?? string.Empty, l, m?.CountNoun)})");
        }
        foreach (var (field, text, sv, en) in new[]
        {
            (Tested, d.Tested, "vad ni testade", "what you tested"),
            (Learned, d.Learned, "vad ni lärde er", "what you learned"),
            (Next, d.NextStep, "vad ni gör härnäst", "what you will do next"),
        })
        {
            if (d.ReplacedPgsa.Contains(field) && string.IsNullOrWhiteSpace(text)) lost.Add(l.Pick($"PGSA: {sv}", $"PDSA: {en}"));
        }
        return lost;
    }

    /// <summary>The question before saving a poorer replacement.</summary>
    public static string Question(CheckInDraft d, Language l, IReadOnlyList<string> lost)
    {
        var when = d.ReplacesDate is { } date ? Formats.Date(date, l) : l.Pick("tidigare", "earlier");
        return l.Pick(
            $"Den nya rapporten ersätter teamets rapport från {when}, men saknar det som fanns i den: {Lists.Join(lost, l)}. " +
            "Det försvinner ur rapporten om du sparar. Skriv **spara ändå**, **ändra** för att fylla i det, eller **avbryt** för att behålla den gamla.",
            $"The new report replaces the team's report from {when}, but lacks what it had: {Lists.Join(lost, l)}. " +
            "That is lost from the report if you save. Write **save anyway**, **edit** to fill it in, or **cancel** to keep the old one.");
    }
}
