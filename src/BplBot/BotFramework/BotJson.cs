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
        // RFC 8259 lets parsers ignore a UTF-8 BOM; System.Text.Json would reject it.
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }
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
