namespace BplBot.BotFramework;

/// <summary>
/// Who sent a request, as far as the headers tell: anonymous (local mode), or a validated token with the
/// claims that still have to be matched against the activity in the body.
/// </summary>
internal sealed record InboundIdentity(bool IsAnonymous, string? ServiceUrlClaim, IReadOnlySet<string> Endorsements)
{
    public static InboundIdentity Anonymous { get; } = new(true, null, new HashSet<string>());
}
