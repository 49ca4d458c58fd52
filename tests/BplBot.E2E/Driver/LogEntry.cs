using System.Text.Json;

namespace BplBot.E2E.Driver;

/// <summary>
/// One line of the playground's HTTP log: a call from the playground to the bot, or from the bot to
/// the playground's connector, with the status code that came back; or a line of text, such as the
/// warning that the bot could not be reached.
/// </summary>
public sealed record LogEntry(string From, string ActivityName, string ConversationId, int? StatusCode, string DisplayText, string RequestJson)
{
    public const string Playground = "Microsoft 365 Agents Playground";

    /// <summary>An activity the playground delivered to the bot; <see cref="StatusCode"/> is the bot's answer.</summary>
    public bool IsToBot => From == Playground;

    internal static LogEntry? Parse(JsonElement e)
    {
        if (e.TryGetProperty("logAction", out var action) && action.GetString() != "appendLog")
        {
            return null;
        }
        var log = e.GetProperty("log");
        int? status = log.TryGetProperty("response", out var response)
            && response.TryGetProperty("statusCode", out var code) && code.ValueKind == JsonValueKind.Number
                ? code.GetInt32()
                : null;
        return new LogEntry(
            log.TryGetProperty("from", out var from) ? from.GetString() ?? "" : "",
            log.TryGetProperty("activityName", out var name) ? name.GetString() ?? "" : "",
            log.TryGetProperty("conversationId", out var conversation) ? conversation.GetString() ?? "" : "",
            status,
            log.TryGetProperty("displayText", out var display) ? display.GetString() ?? "" : "",
            log.TryGetProperty("request", out var request) ? request.GetRawText() : "{}");
    }

    public override string ToString() => From.Length == 0
        ? $"text: {DisplayText}"
        : $"{From}: {ActivityName} in {ConversationId} -> {StatusCode?.ToString() ?? "no status"}";
}
