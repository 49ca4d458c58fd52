using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BplBot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
[JsonDerivedType(typeof(InputTime), "Input.Time")]
public abstract record CardElement
{
    public string? Id { get; init; }
    public string? Spacing { get; init; }
    public bool? Separator { get; init; }

    /// <summary>False hides the element until an <see cref="ToggleVisibilityAction"/> shows it.</summary>
    public bool? IsVisible { get; init; }
}

public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;
    public string? Weight { get; init; }
    public string? Size { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public string? Style { get; init; }

    public static TextBlock Heading(string text) => new(text) { Weight = "Bolder", Size = "Medium", Style = "heading" };
    public static TextBlock Attention(string text) => new(text) { Color = "Attention" };
    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = "Small" };
}

public sealed record Fact(string Title, string Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
}

public sealed record Image(string Url, string AltText) : CardElement
{
    public string? Size { get; init; }
}

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;

public abstract record CardInput : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record InputText : CardInput
{
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
}

public sealed record InputNumber : CardInput
{
    public string? Placeholder { get; init; }
    public decimal? Value { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
}

/// <summary>A date; Teams sends it back as <c>yyyy-MM-dd</c>.</summary>
public sealed record InputDate : CardInput
{
    public string? Value { get; init; }
    public string? Min { get; init; }
}

/// <summary>A time of day; Teams sends it back as <c>HH:mm</c>.</summary>
public sealed record InputTime : CardInput
{
    public string? Value { get; init; }
}

public sealed record Choice(string Title, string Value);

public sealed record InputChoiceSet(IReadOnlyList<Choice> Choices) : CardInput
{
    public string? Value { get; init; }
    public string? Style { get; init; }
    public string? Placeholder { get; init; }
}

public sealed record InputToggle(string Title) : CardInput
{
    public string? Value { get; init; }
    public string ValueOn { get; init; } = "true";
    public string ValueOff { get; init; } = "false";
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction(string Title)
{
    public string? Style { get; init; }
}

/// <summary>Comes back as a message whose <c>value</c> is <see cref="Data"/> merged with the card's inputs.</summary>
public sealed record SubmitAction(string Title, JsonObject Data) : CardAction(Title)
{
    /// <summary>"none" lets a button (cancel, back) submit without the card's inputs being validated.</summary>
    public string? AssociatedInputs { get; init; }
}

/// <summary>Comes back as an <c>adaptiveCard/action</c> invoke; the card the bot answers with replaces this one.</summary>
public sealed record ExecuteAction(string Title, string Verb, JsonObject Data) : CardAction(Title)
{
    public string? AssociatedInputs { get; init; }
}

/// <summary>Opens a link in the browser.</summary>
public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);

/// <summary>Shows or hides the elements with these ids in the card itself, without a round trip ("Visa mer").</summary>
public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title);
