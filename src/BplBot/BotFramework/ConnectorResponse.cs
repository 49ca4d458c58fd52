using System.Net;
using System.Text.Json;

namespace BplBot.BotFramework;

/// <summary>A classified connector answer plus its JSON body (null when empty or not JSON).</summary>
internal sealed record ConnectorResponse(SendResult Result, JsonElement? Body)
{
    private const string CorrelationHeader = "X-Correlating-OperationId";

    public static ConnectorResponse Failed(string errorCode) => new(new SendResult(SendStatus.Failed, ErrorCode: errorCode), null);

    /// <summary>
    /// 2xx → Sent; 429/412/502/504 (only reached once retries are spent) → Throttled; 403 → RecipientGone
    /// (not in the roster, or blocked/uninstalled by the user); anything else → Failed.
    /// </summary>
    public static async Task<ConnectorResponse> ReadAsync(HttpResponseMessage response, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var body = await ReadJsonAsync(response, cancellationToken);
        var status = (int)response.StatusCode;
        var sendStatus = response.IsSuccessStatusCode ? SendStatus.Sent
            : IsRetryable(response.StatusCode) ? SendStatus.Throttled
            : response.StatusCode == HttpStatusCode.Forbidden ? SendStatus.RecipientGone
            : SendStatus.Failed;
        var result = sendStatus == SendStatus.Sent
            ? new SendResult(SendStatus.Sent, ActivityId: GetString(body, "id"), HttpStatus: status)
            : new SendResult(sendStatus, HttpStatus: status, RetryAfter: sendStatus == SendStatus.Throttled ? retryAfter : null, ErrorCode: ErrorCode(body));
        return new ConnectorResponse(result, body);
    }

    public static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    public static string? CorrelationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;

    public string? GetString(string property) => GetString(Body, property);

    /// <summary><c>{"error":{"code","subCode"}}</c>; a subCode (e.g. MessageWritesBlocked) is the more specific of the two.</summary>
    private static string? ErrorCode(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out var error)
            ? GetString(error, "subCode") ?? GetString(error, "code")
            : null;

    private static string? GetString(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize<JsonElement>(bytes, BotJson.Options);
        }
        catch (Exception ex) when ((ex is JsonException or HttpRequestException or IOException) && !cancellationToken.IsCancellationRequested)
        {
            return null; // Proxies answer errors in HTML, bodies break off: the status code alone still classifies the call.
        }
    }
}
