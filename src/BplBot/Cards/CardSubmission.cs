using System.Text.Json;
using System.Text.Json.Nodes;
using BplBot.BotFramework;

namespace BplBot.Cards;

/// <summary>
/// A press on one of the bot's card buttons, from <c>Action.Submit</c> (a message with <c>value</c>) or
/// <c>Action.Execute</c> (an <c>adaptiveCard/action</c> invoke). Our buttons carry <c>"bplbot": kind</c>.
/// </summary>
public sealed record CardSubmission(string Kind, JsonObject Data, bool IsInvoke)
{
    public const string Marker = "bplbot";
    public const string AnswerKind = "answer";
    public const string AnswerField = "answer";
    public const string FormKind = "checkin-form";
    public const string ExecuteVerb = "checkin.submit";

    /// <summary>A button that runs a command as if typed, e.g. <c>status Nässjö</c> from a choice card.</summary>
    public const string CommandKind = "command";
    public const string CommandField = "text";

    /// <summary>The text a button stands for ("spara", "ändra" …), when it is an answer button.</summary>
    public string? Answer => Kind == AnswerKind ? Text(AnswerField) : null;

    public string Text(string field) =>
        Data[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s
        : Data[field] is JsonValue n ? n.ToJsonString()
        : string.Empty;

    public static CardSubmission? From(Activity activity)
    {
        if (activity.Type == ActivityTypes.Message && activity.Value is { ValueKind: JsonValueKind.Object } value)
            return Read(JsonNode.Parse(value.GetRawText()) as JsonObject, invoke: false);
        if (activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action"
            && activity.Value is { ValueKind: JsonValueKind.Object } invoke
            && JsonNode.Parse(invoke.GetRawText())?["action"]?["data"] is JsonObject data)
            return Read(data, invoke: true);
        return null;
    }

    private static CardSubmission? Read(JsonObject? data, bool invoke) =>
        data?[Marker] is JsonValue kind && kind.TryGetValue<string>(out var k) ? new CardSubmission(k, data, invoke) : null;
}
