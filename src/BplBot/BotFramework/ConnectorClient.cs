using System.Text.Json;

namespace BplBot.BotFramework;

/// <summary>Calls the Bot Connector REST API (<c>{serviceUrl}v3/...</c>). Never throws for HTTP failures: returns a classified result.</summary>
/// <remarks>
/// Untrusted service URLs get no request at all (<c>ErrorCode: "UntrustedServiceUrl"</c>). Cancelling
/// <c>cancellationToken</c> still throws <see cref="OperationCanceledException"/>: that is the caller's decision, not an HTTP failure.
/// </remarks>
public sealed class ConnectorClient
{
    private const string V3 = "v3";
    private const string Conversations = "conversations";
    private const string Activities = "activities";

    private readonly HttpClient _http;
    private readonly ConnectorRequestSender _sender;

    internal ConnectorClient(HttpClient http, ConnectorRequestSender sender)
    {
        _http = http;
        _sender = sender;
    }

    /// <summary><c>POST v3/conversations/{conv}/activities/{activityId}</c>: lands in the thread of <paramref name="activityId"/>.</summary>
    public async Task<SendResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var body = WithDefaults(activity, conversationId) with { ReplyToId = activityId };
        return (await SendAsync("ReplyToActivity", HttpMethod.Post, serviceUrl, [V3, Conversations, conversationId, Activities, activityId], body, cancellationToken)).Result;
    }

    /// <summary><c>POST v3/conversations/{conv}/activities</c>; with <see cref="ConnectorRetry.None"/> a throttled call is the caller's to retry.</summary>
    public async Task<SendResult> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken, ConnectorRetry retry = ConnectorRetry.InProcess) =>
        (await SendAsync("SendToConversation", HttpMethod.Post, serviceUrl, [V3, Conversations, conversationId, Activities], WithDefaults(activity, conversationId), cancellationToken, retry)).Result;

    /// <summary><c>PUT v3/conversations/{conv}/activities/{activityId}</c>: a full replacement of the message.</summary>
    public async Task<SendResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var body = WithDefaults(activity, conversationId) with { Id = activityId };
        return (await SendAsync("UpdateActivity", HttpMethod.Put, serviceUrl, [V3, Conversations, conversationId, Activities, activityId], body, cancellationToken)).Result;
    }

    /// <summary><c>DELETE v3/conversations/{conv}/activities/{activityId}</c>.</summary>
    public async Task<SendResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return (await SendAsync("DeleteActivity", HttpMethod.Delete, serviceUrl, [V3, Conversations, conversationId, Activities, activityId], null, cancellationToken)).Result;
    }

    /// <summary><c>POST v3/conversations</c>: opens a proactive 1:1 chat (see <see cref="ConversationParameters.ForPersonalChat"/>) or a channel thread.</summary>
    public async Task<CreateConversationResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var response = await SendAsync("CreateConversation", HttpMethod.Post, serviceUrl, [V3, Conversations], parameters, cancellationToken);
        return response.Result.Succeeded
            ? new CreateConversationResult(response.Result with { ActivityId = response.GetString("activityId") },
                response.GetString("id"), response.GetString("activityId"), response.GetString("serviceUrl"))
            : new CreateConversationResult(response.Result, null, null, null);
    }

    /// <summary><c>GET v3/conversations/{conv}/members/{userId}</c>; the user id may also be an AAD object id or UPN.</summary>
    public async Task<(SendResult Result, TeamsMember? Member)> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var response = await SendAsync("GetMember", HttpMethod.Get, serviceUrl, [V3, Conversations, conversationId, "members", userId], null, cancellationToken);
        if (!response.Result.Succeeded)
        {
            return (response.Result, null);
        }
        var member = ReadMember(response.Body);
        return member is null
            ? (response.Result with { Status = SendStatus.Failed, ActivityId = null, ErrorCode = "InvalidResponse" }, null)
            : (response.Result with { ActivityId = null }, member);
    }

    private static TeamsMember? ReadMember(JsonElement? body)
    {
        try
        {
            return body is { ValueKind: JsonValueKind.Object } member ? member.Deserialize<TeamsMember>(BotJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task<ConnectorResponse> SendAsync(
        string operation, HttpMethod method, string serviceUrl, string[] segments, object? body, CancellationToken cancellationToken, ConnectorRetry retry = ConnectorRetry.InProcess)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        return _sender.SendAsync(_http, new ConnectorRequest(operation, method, serviceUrl, segments, body, retry), cancellationToken);
    }

    /// <summary>Fills what the connector needs and the caller left out; never overrides what the caller set.</summary>
    private static Activity WithDefaults(Activity activity, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            Conversation = activity.Conversation ?? new ConversationAccount { Id = conversationId },
        };
    }
}
