namespace BplBot.BotFramework;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string Event = "event";
}

public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string InvokeMessage = "application/vnd.microsoft.activity.message";
    public const string InvokeError = "application/vnd.microsoft.error";
}

/// <summary>What <see cref="ActivityExtensions.ConversationKind"/> returns.</summary>
public static class ConversationKinds
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
