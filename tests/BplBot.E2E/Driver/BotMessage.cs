using System.Text.Json;

namespace BplBot.E2E.Driver;

/// <summary>One event of the conversation stream: something the bot posted, updated or typed.</summary>
public sealed record BotMessage(
    string Action,
    string ConversationId,
    string? PostConversationId,
    string MessageId,
    string FromId,
    string Text,
    string AttachmentsJson)
{
    public bool IsNewMessage => Action == "createMessage";

    /// <summary>
    /// The thread a channel reply landed in; outside channels, the conversation. The playground gives
    /// it as the event's conversation id, and some builds repeat it on the message.
    /// </summary>
    public string ThreadId => PostConversationId ?? ConversationId;

    /// <summary>What a user can read: the text and any card content.</summary>
    public string Readable => AttachmentsJson == "[]" ? Text : $"{Text}\n{AttachmentsJson}";

    public bool Says(string word) => Readable.Contains(word, StringComparison.OrdinalIgnoreCase);

    internal static BotMessage? Parse(JsonElement e)
    {
        if (!e.TryGetProperty("message", out var message))
        {
            return null;
        }
        return new BotMessage(
            e.GetProperty("action").GetString()!,
            e.GetProperty("actionConversationId").GetString()!,
            message.TryGetProperty("postConversationId", out var post) ? post.GetString() : null,
            message.TryGetProperty("messageId", out var id) ? id.ToString() : "",
            message.TryGetProperty("from", out var from) ? from.GetProperty("id").GetString()! : "",
            message.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "",
            message.TryGetProperty("attachments", out var attachments) ? attachments.GetRawText() : "[]");
    }

    public override string ToString() =>
        $"{Action} in {ConversationId}{(PostConversationId is null ? "" : $" (post {PostConversationId})")} from {FromId}: {Shorten(Readable)}";

    private static string Shorten(string text) =>
        text.Length <= 200 ? text.ReplaceLineEndings(" ") : text[..200].ReplaceLineEndings(" ") + "…";
}
