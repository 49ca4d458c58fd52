namespace BplBot.BotFramework;

/// <summary>How a call to the connector ended. Callers decide on this, never on exceptions.</summary>
public enum SendStatus
{
    Sent,
    /// <summary>429 (or 412/502/504) still failing after the allowed retries.</summary>
    Throttled,
    /// <summary>403: the bot is not in the conversation roster, or the user blocked/uninstalled it; do not retry.</summary>
    RecipientGone,
    Failed,
}

public sealed record SendResult(SendStatus Status, string? ActivityId = null, int? HttpStatus = null, TimeSpan? RetryAfter = null, string? ErrorCode = null)
{
    public bool Succeeded => Status == SendStatus.Sent;
}

/// <summary>The answer to <c>POST v3/conversations</c>.</summary>
public sealed record CreateConversationResult(SendResult Result, string? ConversationId, string? ActivityId, string? ServiceUrl);

/// <summary>One member, as <c>GET v3/conversations/{id}/members/{userId}</c> returns it.</summary>
public sealed record TeamsMember
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? ObjectId { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    public string? UserRole { get; init; }
}

/// <summary>The body and status the bot answers an <c>invoke</c> with.</summary>
public sealed record InvokeResponse(int Status, object? Body);
