namespace BplBot.BotFramework;

/// <summary>One connector call: <paramref name="PathSegments"/> are raw ids, escaped only when the URL is built.</summary>
internal sealed record ConnectorRequest(
    string Operation, HttpMethod Method, string ServiceUrl, IReadOnlyList<string> PathSegments, object? Body = null, ConnectorRetry Retry = ConnectorRetry.InProcess);

/// <summary>Who retries a throttled call: this call, waiting in-process (a reply in a turn), or the caller later (the outbox).</summary>
public enum ConnectorRetry
{
    InProcess,
    None,
}
