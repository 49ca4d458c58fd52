using BplBot.Text;
using System.Globalization;
using System.Text.Json.Nodes;
using BplBot.Cards;
using BplBot.Domain.CheckIn;
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

    public static string MeasureField(int index) => $"measure{index}";

    private static decimal? EntryNumber(JsonObject? entries, string field) =>
        entries?[field] is JsonValue v && decimal.TryParse(v.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static AdaptiveCard Build(CheckInDraft d, Language l, ImprovementScale scale,
        IReadOnlyDictionary<string, string>? problems = null, JsonObject? entries = null, JsonObject? confirmed = null)
    {
        problems ??= new Dictionary<string, string>();
        string? Entry(string field, string? fallback) => entries?[field] is JsonValue v ? v.ToString() : fallback;
        var body = new List<CardElement> { TextBlock.Heading(l.Pick($"Rapport – {d.TeamName}", $"Report – {d.TeamName}")) };
        if (problems.Count > 0)
            body.Add(TextBlock.Attention(l.Pick("Några fält behöver rättas – se nedan. Det du skrev finns kvar.",
                "Some fields need fixing – see below. What you wrote is kept.")));
        void Problem(string field)
        {
            if (problems.TryGetValue(field, out var p)) body.Add(TextBlock.Attention(p) with { Spacing = "Small" });
        }

        var previous = d.PreviousRating is { } pr ? l.Pick($" (förra: {ImprovementScale.Format(pr, l)})", $" (last: {ImprovementScale.Format(pr, l)})") : string.Empty;
        Problem(Rating);
        body.Add(new InputChoiceSet(scale.Steps.Select(s => new Choice($"{ImprovementScale.Format(s.Score, l)} – {s.LabelIn(l)}",
            s.Score.ToString("0.0", CultureInfo.InvariantCulture))).ToList())
        {
            Id = Rating, Label = l.Pick("Skattning", "Rating") + previous, Style = "compact", IsRequired = true,
            ErrorMessage = l.Pick("Välj ett steg på skalan.", "Choose a step on the scale."),
            Value = Entry(Rating, d.Rating?.ToString("0.0", CultureInfo.InvariantCulture)),
        });
        Problem(Reason);
        body.Add(new InputText
        {
            Id = Reason, Label = l.Pick("Varför? (en mening)", "Why? (one sentence)"), MaxLength = FreeTextLimits.Reason,
            IsRequired = true, ErrorMessage = l.Pick("Skriv en kort motivering.", "Write a short reason."), Value = Entry(Reason, d.Reason),
        });
        for (var i = 0; i < d.Measures.Count; i++)
        {
            var m = d.Measures[i];
            var last = m.LastValue is { } lv && m.LastDate is { } ld
                ? l.Pick($" – senast {Formats.Value(lv, m.Unit, l)} ({Formats.Date(ld, l)})", $" – last {Formats.Value(lv, m.Unit, l)} ({Formats.Date(ld, l)})")
                : string.Empty;
            Problem(MeasureField(i));
            body.Add(new InputNumber
            {
                Id = MeasureField(i), Label = $"{m.Name} ({(Formats.IsCountUnit(m.Unit) ? l.Pick("antal", "count") : m.Unit)}){last}",
                Placeholder = l.Pick("Nytt värde, eller tomt för att hoppa över", "New value, or empty to skip"),
                Min = m.Unit == "%" || Formats.IsCountUnit(m.Unit) ? 0 : null, Max = m.Unit == "%" ? 100 : null,
                Value = EntryNumber(entries, MeasureField(i)) ?? m.Value,
            });
        }
        foreach (var (field, sv, en, value) in new[]
        {
            (Tested, "PGSA – vad testade ni?", "PDSA – what did you test?", d.Tested),
            (Learned, "Vad lärde ni er?", "What did you learn?", d.Learned),
            (Next, "Vad gör ni härnäst?", "What will you do next?", d.NextStep),
        })
        {
            Problem(field);
            body.Add(new InputText { Id = field, Label = l.Pick(sv, en), IsMultiline = true, MaxLength = FreeTextLimits.Pgsa, Value = Entry(field, value) });
        }
        body.Add(new InputToggle(l.Pick("Vi vill ha stöd från vår coach", "We would like help from our coach"))
        { Id = Support, Value = Entry(Support, d.WantsSupport == true ? "true" : "false") });
        Problem(SupportTopic);
        body.Add(new InputText
        {
            Id = SupportTopic, Label = l.Pick("Vad vill ni ha hjälp med?", "What would you like help with?"), IsMultiline = true,
            MaxLength = FreeTextLimits.SupportTopic, Value = Entry(SupportTopic, d.SupportTopic),
        });
        body.Add(TextBlock.Subtle(l.Pick("Skriv antal och andelar – aldrig uppgifter om enskilda barn eller personnummer.",
            "Give counts and shares – never details about individual children or identity numbers.")));

        var data = new JsonObject { [CardSubmission.Marker] = CardSubmission.FormKind, ["team"] = d.TeamId };
        if (confirmed is not null) data[Confirmed] = confirmed.DeepClone();
        return new AdaptiveCard(body, [new ExecuteAction(l.Pick("Granska", "Review"), CardSubmission.ExecuteVerb, data) { Style = "positive" }])
        {
            FallbackText = l.Pick("Rapportformulär. Skriv rapportera för att svara i text i stället.", "Report form. Write report to answer in text instead."),
        };
    }
}
