using System.Text.Json.Nodes;
using BplBot.Cards;
using BplBot.CheckIn;
using BplBot.Domain.Meetings;
using BplBot.Domain.Text;

namespace BplBot.Meetings;

/// <summary>
/// The card behind a bare <c>ny träff</c>. Its button is an ordinary command press (<c>ny träff</c>); the command
/// turns the card's fields into the same text a coordinator would type after it.
/// </summary>
public static class MeetingForm
{
    public const string Date = "date", Start = "start", End = "end", Place = "place", Theme = "theme";

    public static AdaptiveCard Build(Language l, DateOnly today) => new(
        [
            TextBlock.Heading(l.Pick("Ny träff i nätverket", "New network meeting")),
            new InputDate { Id = Date, Label = l.Pick("Datum", "Date"), IsRequired = true, Min = today.ToString("yyyy-MM-dd"),
                ErrorMessage = l.Pick("Välj ett datum.", "Choose a date.") },
            new InputTime { Id = Start, Label = l.Pick("Börjar", "Starts"), Value = "09:00", IsRequired = true,
                ErrorMessage = l.Pick("Välj när träffen börjar.", "Choose when the meeting starts.") },
            new InputTime { Id = End, Label = l.Pick("Slutar", "Ends"), Value = "15:00" },
            new InputText { Id = Place, Label = l.Pick("Plats", "Place"), MaxLength = MeetingText.PlaceMaxLength,
                Placeholder = l.Pick("T.ex. Jönköping, Qulturum", "E.g. Jönköping, Qulturum") },
            new InputText { Id = Theme, Label = l.Pick("Tema", "Theme"), MaxLength = MeetingText.ThemeMaxLength,
                Placeholder = l.Pick("T.ex. Att sprida det som fungerar", "E.g. Spreading what works") },
        ],
        [new SubmitAction(l.Pick("Lägg in träffen", "Add the meeting"), CardSubmission.CommandData("ny träff", l)) { Style = "positive" }])
    {
        FallbackText = l.Pick("Skriv t.ex. ny träff 2027-01-19 09:00-12:00 Jönköping tema: Mätningar", "Write e.g. new meeting 2027-01-19 09:00-12:00 Jönköping theme: Measurement"),
    };

    /// <summary>What the form becomes once the meeting is in: its confirmation, read-only.</summary>
    public static AdaptiveCard Done(Language l, string confirmation) => new(
        [TextBlock.Heading(l.Pick("Ny träff i nätverket ✓", "New network meeting ✓")) with { Color = "Good" }, new TextBlock(confirmation)])
    { FallbackText = confirmation };

    /// <summary><c>2027-01-19 09:00-12:00 Jönköping tema: Mätningar</c> from the submitted card, or null when it is not this form.</summary>
    public static string? Argument(CardSubmission? form)
    {
        if (form is null || !form.Data.ContainsKey(Date)) return null;
        string Field(string name) => form.Text(name).ReplaceLineEndings(" ").Trim();
        var end = Field(End);
        var text = $"{Field(Date)} {Field(Start)}{(end.Length > 0 ? "-" + end : string.Empty)}";
        if (Field(Place) is { Length: > 0 } place) text += " " + place;
        if (Field(Theme) is { Length: > 0 } theme) text += " tema: " + theme;
        return text;
    }
}
