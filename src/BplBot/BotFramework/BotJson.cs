using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BplBot.BotFramework;

/// <summary>The JSON settings of the Bot Framework wire format: camelCase, nulls omitted, read case-insensitively.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        // Web defaults = camelCase names + case-insensitive reads, which is what both SDKs do.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        // Shared by every request: freeze it so no caller can change the wire format for everyone.
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Parses an activity; null for malformed JSON or a body that isn't an object.</summary>
    internal static Activity? TryParseActivity(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(utf8Json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
