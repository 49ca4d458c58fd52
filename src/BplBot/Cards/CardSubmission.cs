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

    /// <summary>The verb of an answer button sent with <c>Action.Execute</c>: the answer replaces the pressed card.</summary>
    public const string AnswerVerb = "answer";

    /// <summary>A button that runs a command as if typed, e.g. <c>status Nässjö</c> from a choice card.</summary>
    public const string CommandKind = "command";
    public const string CommandField = "text";

    /// <summary>A button that sends its text as if the person had typed it: an answer in a dialog, or a command.</summary>
    public const string TypedKind = "typed";
    public const string TypedField = "text";

    /// <summary>On an answer button: take <see cref="Answer"/> as the step's answer, even when it reads like a command.</summary>
    public const string LiteralField = "literal";

    /// <summary>The text a button stands for ("spara", "ändra" …), when it is an answer button.</summary>
    public string? Answer => Kind == AnswerKind ? Text(AnswerField) : null;

    public bool IsLiteralAnswer => Kind == AnswerKind && Data[LiteralField] is JsonValue v && v.TryGetValue<bool>(out var literal) && literal;

    /// <summary>An answer button: "as if typed", answered by the dialog that showed it.</summary>
    public static JsonObject AnswerData(string answer, bool literal = false)
    {
        var data = new JsonObject { [Marker] = AnswerKind, [AnswerField] = answer };
        if (literal) data[LiteralField] = true;
        return data;
    }

    /// <summary>A command button: runs <paramref name="command"/> as if typed.</summary>
    public static JsonObject CommandData(string command, BplBot.Domain.Text.Language? language = null)
    {
        var data = new JsonObject { [Marker] = CommandKind, [CommandField] = command };
        if (language is { } l) data["lang"] = BplBot.Domain.Text.Languages.Code(l); // the card's language answers the press
        return data;
    }

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
