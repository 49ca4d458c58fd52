using BplBot.Cards;
using BplBot.Text;
using System.Globalization;
using System.Text.Json.Nodes;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Privacy;
using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>The result of reading a submitted form: the problems per field (none means the draft was filled in).</summary>
public sealed record FormReading(IReadOnlyDictionary<string, string> Problems, JsonObject Confirmed)
{
    /// <summary>The submitted entries to show again: a field that held an identity number is emptied, never echoed.</summary>
    public JsonObject KeptEntries { get; init; } = [];

    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Checks every field of a submitted check-in form with the same rules as the text dialog. Only a fully valid form
/// changes the draft. A value far from the measure's history is named once; sending the same value again keeps it.
/// </summary>
public static class CheckInFormReader
{
    public static FormReading Read(CheckInDraft draft, CardSubmission submission, Language l, ImprovementScale scale)
    {
        var problems = new Dictionary<string, string>();
        var previouslyConfirmed = submission.Data[CheckInForm.Confirmed] as JsonObject;
        var confirmed = new JsonObject();

        decimal? rating = null;
        switch (scale.Parse(submission.Text(CheckInForm.Rating)))
        {
            case RatingParse.Valid v: rating = v.Score; break;
            default: problems[CheckInForm.Rating] = l.Pick("Välj ett steg på skalan.", "Choose a step on the scale."); break;
        }
        var reason = Text(submission, CheckInForm.Reason, FreeTextLimits.Reason, required: true, l, problems);

        var values = new decimal?[draft.Measures.Count];
        for (var i = 0; i < draft.Measures.Count; i++)
        {
            var field = CheckInForm.MeasureField(i);
            var raw = submission.Text(field).Trim();
            if (raw.Length == 0) continue;
            var m = draft.Measures[i];
            switch (MeasureRules.Check(m.ToDefinition(), raw, m.History))
            {
                case MeasureCheck.Ok ok: values[i] = ok.Value; break;
                case MeasureCheck.Problem p: problems[field] = $"{m.Name}: {p.In(l)}"; break;
                case MeasureCheck.FarFromHistory far:
                    if (previouslyConfirmed?[field] is JsonValue c && c.ToString() == raw) { values[i] = far.Value; break; }
                    confirmed[field] = raw;
                    var suggestion = far.Suggestion is { } s ? l.Pick($" Menade du {Formats.Value(s, m.Unit, l, m.CountNoun)}?", $" Did you mean {Formats.Value(s, m.Unit, l)}?") : string.Empty;
                    problems[field] = l.Pick(
                        $"{m.Name}: {Formats.Value(far.Value, m.Unit, l, m.CountNoun)} ligger långt från tidigare värden.{suggestion} Rätta värdet, eller tryck Granska igen för att behålla det.",
                        $"{m.Name}: {Formats.Value(far.Value, m.Unit, l)} is far from earlier values.{suggestion} Correct it, or press Review again to keep it.");
                    break;
            }
        }
        var tested = Text(submission, CheckInForm.Tested, FreeTextLimits.Pgsa, required: false, l, problems);
        var learned = Text(submission, CheckInForm.Learned, FreeTextLimits.Pgsa, required: false, l, problems);
        var next = Text(submission, CheckInForm.Next, FreeTextLimits.Pgsa, required: false, l, problems);
        var wantsSupport = string.Equals(submission.Text(CheckInForm.Support), "true", StringComparison.OrdinalIgnoreCase);
        var topic = Text(submission, CheckInForm.SupportTopic, FreeTextLimits.SupportTopic, required: false, l, problems);
        if (wantsSupport && string.IsNullOrEmpty(topic) && !problems.ContainsKey(CheckInForm.SupportTopic))
            problems[CheckInForm.SupportTopic] = l.Pick("Skriv vad ni vill ha hjälp med, eller slå av stödet.", "Write what you would like help with, or turn support off.");

        if (problems.Count > 0)
        {
            // Every entry comes back; one that held an identity number comes back with the number hidden, so the
            // member edits rather than retypes (the number itself is never kept, logged or shown).
            var kept = (JsonObject)submission.Data.DeepClone();
            foreach (var field in kept.Select(p => p.Key).ToList())
            {
                var entry = submission.Text(field);
                if (!PersonalIdentityNumber.Contains(entry)) continue;
                kept[field] = IdentityNumberMask.Mask(entry);
                problems[field] = l.Pick(
                    "Det här ser ut som ett personnummer. Jag har dolt numret – ta bort det och skicka igen. Rapporter handlar om antal och andelar, aldrig om enskilda barn.",
                    "This looks like a Swedish identity number. I have hidden it – remove it and send again. Reports are about counts and shares, never individual children.");
            }
            return new FormReading(problems, confirmed) { KeptEntries = kept };
        }

        draft.Rating = rating;
        draft.Reason = reason;
        for (var i = 0; i < values.Length; i++)
        {
            draft.Measures[i].Value = values[i];
            draft.Measures[i].Answered = true;
        }
        draft.Tested = tested ?? string.Empty;
        draft.Learned = learned ?? string.Empty;
        draft.NextStep = next ?? string.Empty;
        draft.WantsSupport = wantsSupport;
        draft.SupportTopic = wantsSupport ? topic : null;
        draft.PendingValue = draft.PendingSuggestion = null;
        draft.NewMeasure = null;
        // The open request stays as it is when the member left its text alone; turned off, it is withdrawn.
        draft.KeepsOpenSupport = wantsSupport && draft.OpenSupportTopic is { } open && string.Equals(open, topic, StringComparison.Ordinal);
        draft.FromForm = true;
        CheckInNavigation.ToSummary(draft);
        return new FormReading(problems, confirmed);
    }

    private static string? Text(CardSubmission submission, string field, int max, bool required, Language l, Dictionary<string, string> problems)
    {
        var raw = submission.Text(field);
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (required) problems[field] = FreeText.Describe(new FreeTextCheck.Empty(), l);
            return null;
        }
        var check = FreeText.Check(raw, max);
        if (check is FreeTextCheck.Ok ok) return ok.Text;
        problems[field] = FreeText.Describe(check, l);
        return null;
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
