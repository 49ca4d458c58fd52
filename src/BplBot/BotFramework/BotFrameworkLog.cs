using Microsoft.Extensions.Logging;

namespace BplBot.BotFramework;

/// <summary>
/// Every log line of the protocol layer. Only ids, types, status and error codes: never message text,
/// which may hold personal data, and never tokens.
/// </summary>
internal static partial class BotFrameworkLog
{
    [LoggerMessage(1, LogLevel.Warning, "Bot:AppId is not configured: the bot runs UNAUTHENTICATED (anonymous mode, for local testing only). Only loopback callers without a token or forwarding headers are accepted, and replies are sent without a token")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(2, LogLevel.Information, "Loaded {KeyCount} Bot Framework signing keys")]
    public static partial void SigningKeysRefreshed(ILogger logger, int keyCount);

    [LoggerMessage(3, LogLevel.Warning, "Could not refresh the Bot Framework signing keys; keeping the cached ones")]
    public static partial void SigningKeysRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Rejected a Bot Framework token: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string reason);

    [LoggerMessage(5, LogLevel.Information, "Rejected an /api/messages request with 401: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string reason);

    [LoggerMessage(6, LogLevel.Information, "Rejected an /api/messages request with {StatusCode}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(16, LogLevel.Information, "Rejected activity {ActivityId} with 400: {Reason}")]
    public static partial void ActivityRefused(ILogger logger, string reason, string? activityId);

    [LoggerMessage(7, LogLevel.Debug, "Received {ActivityType} activity {ActivityId} in {ConversationId}")]
    public static partial void ActivityReceived(ILogger logger, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(8, LogLevel.Error, "The activity handler failed on {ActivityType} activity {ActivityId} in {ConversationId}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(9, LogLevel.Error, "The activity handler answered invoke {ActivityId} with the impossible status {StatusCode}")]
    public static partial void InvalidInvokeStatus(ILogger logger, string? activityId, int statusCode);

    [LoggerMessage(10, LogLevel.Warning, "Refused to call the connector at untrusted service URL host {Host} for {Operation}")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host, string operation);

    [LoggerMessage(11, LogLevel.Error, "Could not get a Bot Framework token for {Operation}")]
    public static partial void TokenAcquisitionFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(12, LogLevel.Information, "Connector answered {Operation} with {StatusCode}; retry {Attempt} in {Delay}")]
    public static partial void ConnectorRetrying(ILogger logger, string operation, int statusCode, int attempt, TimeSpan delay);

    [LoggerMessage(13, LogLevel.Warning, "Connector call {Operation} ended {SendStatus} with {StatusCode} {ErrorCode}, correlation {CorrelationId}")]
    public static partial void ConnectorCallFailed(ILogger logger, string operation, SendStatus sendStatus, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(15, LogLevel.Warning, "Ignored {ActivityType} activity {ActivityId}: its tenant {TenantId} is not in Bot:AllowedTenantIds")]
    public static partial void ForeignTenant(ILogger logger, string? activityType, string? activityId, string tenantId);

    [LoggerMessage(14, LogLevel.Warning, "Connector call {Operation} got no answer ({ErrorCode}); not retried, it may or may not have happened")]
    public static partial void ConnectorCallUnknown(ILogger logger, Exception exception, string operation, string errorCode);
}
