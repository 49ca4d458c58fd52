using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BplBot.BotFramework;

namespace BplBot.Cards;

/// <summary>
/// An Adaptive Card 1.5, built from typed parts and serialized with System.Text.Json, so what a person typed is always
/// a JSON string value and never becomes card structure.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("type")] public string Type => "AdaptiveCard";
    [JsonPropertyName("$schema")] public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";
    public string Version => "1.5";

    /// <summary>Read aloud or shown where the card cannot be rendered.</summary>
    public string? FallbackText { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, Json)!.AsObject();

    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = ToJson() };

    /// <summary>The serialized size, to keep cards under Teams' message limit.</summary>
    public int Size() => JsonSerializer.SerializeToUtf8Bytes(this, Json).Length;
}
