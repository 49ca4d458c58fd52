using BplBot.Text;
using System.Globalization;
using System.Text.Json.Nodes;
using BplBot.Cards;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>
/// The whole check-in on one Adaptive Card: the scale as a choice, one number per measure with its last value, PGSA and
/// support as text. When a submission has problems the same card comes back with the entries kept and each problem
/// named above its field.
/// </summary>
public static class CheckInForm
{
    public const string Rating = "rating", Reason = "reason", Tested = "tested", Learned = "learned", Next = "next",
        Support = "support", SupportTopic = "supportTopic", Confirmed = "confirmed";

    public const string Team = "team", Version = "version";

    public static string MeasureField(int index) => $"measure{index}";

    public static AdaptiveCard Build(CheckInDraft d, Language l, ImprovementScale scale,
        IReadOnlyDictionary<string, string>? problems = null, JsonObject? entries = null, JsonObject? confirmed = null)
    {
        problems ??= new Dictionary<string, string>();
        string? Entry(string field, string? fallback) => entries?[field] is JsonValue v ? v.ToString() : fallback;
        var body = new List<CardElement> { TextBlock.Heading(l.Pick($"Rapport – {d.TeamName}", $"Report – {d.TeamName}")) };
        if (problems.Count > 0)
            body.Add(TextBlock.Attention(l.Pick("Några fält behöver rättas – se under varje fält. Det du skrev finns kvar.",
                "Some fields need fixing – see each field. What you wrote is kept.")));
        // A field with a problem is one group, set apart from the field before it: the problem right above its field.
        void Field(string id, CardInput input)
        {
            if (problems.TryGetValue(id, out var p))
                body.Add(new Container([TextBlock.Attention(p) with { Weight = "Bolder" }, input with { Spacing = "Small" }])
                    { Separator = true, Spacing = "Large", Style = "attention" });
            else body.Add(input);
        }

        var previous = d.PreviousRating is { } pr ? l.Pick($" (förra: {ImprovementScale.Format(pr, l)})", $" (last: {ImprovementScale.Format(pr, l)})") : string.Empty;
        Field(Rating, new InputChoiceSet(scale.Steps.Select(s => new Choice($"{ImprovementScale.Format(s.Score, l)} – {s.LabelIn(l)}",
            s.Score.ToString("0.0", CultureInfo.InvariantCulture))).ToList())
        {
            Id = Rating, Label = l.Pick("Skattning", "Rating") + previous, Style = "compact", IsRequired = true,
            ErrorMessage = l.Pick("Välj ett steg på skalan.", "Choose a step on the scale."),
            Value = Entry(Rating, d.Rating?.ToString("0.0", CultureInfo.InvariantCulture)),
        });
        Field(Reason, new InputText
        {
            Id = Reason, Label = l.Pick("Varför? (en mening)", "Why? (one sentence)"), MaxLength = FreeTextLimits.Reason,
            IsRequired = true, ErrorMessage = l.Pick("Skriv en kort motivering.", "Write a short reason."), Value = Entry(Reason, d.Reason),
        });
        for (var i = 0; i < d.Measures.Count; i++)
        {
            var m = d.Measures[i];
            var last = m.LastValue is { } lv && m.LastDate is { } ld
                ? l.Pick($" – senast {Formats.Value(lv, m.Unit, l, m.CountNoun)} ({Formats.Date(ld, l)})", $" – last {Formats.Value(lv, m.Unit, l)} ({Formats.Date(ld, l)})")
                : string.Empty;
            // Text, not Input.Number: the client's number field wipes "42,1" and clamps -3 to 0. The bot reads what
            // Swedes type (42,1 · 42.1 · 45 av 50 · 14 st) and names a value out of bounds as a problem on the card.
            Field(MeasureField(i), new InputText
            {
                Id = MeasureField(i), Label = $"{m.Name}{CheckInPrompts.UnitSuffix(m, l, markdown: false)}{last}",
                Placeholder = MeasureUnits.IsPercent(m.Unit)
                    ? l.Pick("T.ex. 42,1 eller 45 av 50 – tomt hoppar över", "E.g. 42.1 or 45 of 50 – empty skips")
                    : MeasureUnits.IsCount(m.Unit)
                        ? l.Pick("Ett helt tal – tomt hoppar över", "A whole number – empty skips")
                        : l.Pick("Nytt värde – tomt hoppar över", "New value – empty skips"),
                MaxLength = 40,
                Value = Entry(MeasureField(i), m.Value is { } v ? Formats.Number(v, l) : null),
            });
        }
        foreach (var (field, sv, en, value) in new[]
        {
            (Tested, "PGSA – vad testade ni?", "PDSA – what did you test?", d.Tested),
            (Learned, "Vad lärde ni er?", "What did you learn?", d.Learned),
            (Next, "Vad gör ni härnäst?", "What will you do next?", d.NextStep),
        })
        {
            Field(field, new InputText { Id = field, Label = l.Pick(sv, en), IsMultiline = true, MaxLength = FreeTextLimits.Pgsa, Value = Entry(field, value) });
        }
        var supportLabel = d.OpenSupportId is null
            ? l.Pick("Vi vill ha stöd från vår coach", "We would like help from our coach")
            : l.Pick("Vi vill ha stöd från vår coach (vi har redan ett öppet önskemål – bocka ur för att ta bort det)",
                "We would like help from our coach (we already have an open request – untick to withdraw it)");
        body.Add(new InputToggle(supportLabel) { Id = Support, Value = Entry(Support, d.WantsSupport == true ? "true" : "false") });
        Field(SupportTopic, new InputText
        {
            Id = SupportTopic, Label = l.Pick("Vad vill ni ha hjälp med?", "What would you like help with?"), IsMultiline = true,
            MaxLength = FreeTextLimits.SupportTopic, Value = Entry(SupportTopic, d.SupportTopic),
        });
        body.Add(TextBlock.Subtle(l.Pick("Skriv antal och andelar – aldrig uppgifter om enskilda barn eller personnummer.",
            "Give counts and shares – never details about individual children or identity numbers.")));

        var data = new JsonObject { [CardSubmission.Marker] = CardSubmission.FormKind, [Team] = d.TeamId, [Version] = d.FormVersion.ToString("N") };
        if (confirmed is not null) data[Confirmed] = confirmed.DeepClone();
        return new AdaptiveCard(body, [new ExecuteAction(l.Pick("Granska", "Review"), CardSubmission.ExecuteVerb, data) { Style = "positive" }])
        {
            FallbackText = l.Pick("Rapportformulär. Skriv rapportera för att svara i text i stället.", "Report form. Write report to answer in text instead."),
        };
    }
}
