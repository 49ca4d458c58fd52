using System.Text.Json;
using BplBot.Domain.Measures;

namespace BplBot.CheckIn;

public enum CheckInStep
{
    Team,
    Rating,
    Reason,
    Measure,
    ConfirmMeasure,
    NewMeasureName,
    NewMeasureUnit,
    NewMeasureKind,
    NewMeasureDirection,
    NewMeasureGoal,
    Tested,
    Learned,
    NextStep,
    Support,
    SupportTopic,
    Summary,
    ChooseEdit,
    /// <summary>The team has an open request for support: keep it, write a new one, or withdraw it.</summary>
    SupportKeep,
    /// <summary>Saving would replace a report that had more in it: the member confirms what goes.</summary>
    ConfirmLoss,
}

/// <summary>
/// Everything a check-in has collected so far, stored as JSON in the dialog's state. Free text is only put here
/// after it passed the identity-number check.
/// </summary>
public sealed class CheckInDraft
{
    public CheckInStep Step { get; set; }
    public int? TeamId { get; set; }
    public string TeamName { get; set; } = string.Empty;
    public List<int> TeamChoices { get; set; } = [];
    public List<string> TeamChoiceNames { get; set; } = [];
    public decimal? Rating { get; set; }
    public string? Reason { get; set; }
    public decimal? PreviousRating { get; set; }
    public DateOnly? PreviousRatingDate { get; set; }
    public List<DraftMeasure> Measures { get; set; } = [];
    public int MeasureIndex { get; set; }

    /// <summary>A value far from the measure's history, waiting for the member to confirm it (or the suggestion).</summary>
    public decimal? PendingValue { get; set; }
    public decimal? PendingSuggestion { get; set; }

    public DraftMeasure? NewMeasure { get; set; }

    /// <summary>Null while not yet asked; empty when skipped.</summary>
    public string? Tested { get; set; }
    public string? Learned { get; set; }
    public string? NextStep { get; set; }
    public bool? WantsSupport { get; set; }
    public string? SupportTopic { get; set; }

    /// <summary>The team's open request for support when the dialog began (it survives the report unless withdrawn).</summary>
    public int? OpenSupportId { get; set; }
    public string? OpenSupportTopic { get; set; }

    /// <summary>True when the member keeps the open request as it is (no new request, no new message to the coach).</summary>
    public bool KeepsOpenSupport { get; set; }

    /// <summary>The period's report that saving replaces, as it was: what the member would lose is named before saving.</summary>
    public List<ReplacedValue> ReplacedValues { get; set; } = [];
    public List<string> ReplacedPgsa { get; set; } = [];
    public bool LossConfirmed { get; set; }

    /// <summary>The summary came from the card form: "Ändra" opens the form again, with what was filled in.</summary>
    public bool FromForm { get; set; }

    /// <summary>Stamped on every form card this dialog sends: a card from an earlier report is refused, not applied here.</summary>
    public Guid FormVersion { get; set; } = Guid.NewGuid();

    /// <summary>True while the member changes one part from the summary: the dialog returns there afterwards.</summary>
    public bool Editing { get; set; }

    /// <summary>The team's check-in for this period that saving will replace (kept for audit).</summary>
    public int? Replaces { get; set; }
    public bool WantsForm { get; set; }
    public bool EditLast { get; set; }
    public DateOnly? ReplacesDate { get; set; }

    public DraftMeasure? CurrentMeasure => MeasureIndex < Measures.Count ? Measures[MeasureIndex] : null;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static CheckInDraft? Deserialize(string data)
    {
        try
        {
            return JsonSerializer.Deserialize<CheckInDraft>(data, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A measure in the draft: an existing definition (by id), or a new one the member defines in the dialog.</summary>
public sealed class DraftMeasure
{
    public int? MeasureId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Unit { get; set; } = string.Empty;
    public MeasureKind Kind { get; set; } = MeasureKind.Process;
    public bool HigherIsBetter { get; set; } = true;
    public decimal? Goal { get; set; }
    public decimal? LastValue { get; set; }
    public DateOnly? LastDate { get; set; }
    public string? CountNoun { get; set; }
    public List<decimal> History { get; set; } = [];
    public decimal? Value { get; set; }
    public bool Answered { get; set; }

    public bool IsNew => MeasureId is null;
}

/// <summary>A measure's value in the report that saving would replace.</summary>
public sealed record ReplacedValue(int MeasureId, decimal? Value);

public static class DraftMeasureExtensions
{
    /// <summary>A definition to check values against; never saved.</summary>
    public static MeasureDefinition ToDefinition(this DraftMeasure m)
    {
        var definition = new MeasureDefinition(0, "draft", m.Name.Length > 0 ? m.Name : "-", m.Unit.Length > 0 ? m.Unit : "-", m.Kind, m.HigherIsBetter);
        definition.NameWhatItCounts(m.CountNoun); // a problem with the value is then told in the measure's own noun
        return definition;
    }
}
