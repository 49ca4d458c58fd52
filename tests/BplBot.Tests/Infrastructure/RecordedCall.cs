using System.Text.Json;

namespace BplBot.Tests.Infrastructure;

/// <summary>One HTTP call the bot made to the connector, as the connector saw it.</summary>
public sealed record RecordedCall(HttpMethod Method, Uri Uri, string? Body, string? Authorization)
{
    /// <summary>The path as sent on the wire, still escaped (e.g. <c>19%3Aabc%40thread.tacv2</c>).</summary>
    public string RawPath => Uri.AbsolutePath;

    public JsonElement Json => JsonDocument.Parse(Body ?? "null").RootElement;

    public string? Text => Body is null ? null : Json.TryGetProperty("text", out var t) ? t.GetString() : null;

    /// <summary>What a person reads: the text, or for a card alone its fallback text.</summary>
    public string? Shown => Text ?? (Body is not null && Json.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0
        && a[0].GetProperty("content").TryGetProperty("fallbackText", out var f) ? f.GetString() : null);

    public bool IsActivityPost => Method == HttpMethod.Post && RawPath.Contains("/activities", StringComparison.Ordinal);
}
