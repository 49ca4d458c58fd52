namespace BplBot.BotFramework;

/// <summary>Calls the Bot Connector REST API (<c>{serviceUrl}v3/...</c>). Never throws for HTTP failures: returns a classified result.</summary>
public sealed class ConnectorClient
{
    public Task<SendResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<SendResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<SendResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<SendResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<CreateConversationResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<(SendResult Result, TeamsMember? Member)> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
