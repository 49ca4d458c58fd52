using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BplBot.BotFramework;

/// <summary>
/// Sends one connector call: refuses untrusted service URLs, attaches the token where allowed, retries only what
/// the status says is retryable, and turns every HTTP outcome into a <see cref="SendResult"/> instead of throwing.
/// </summary>
internal sealed class ConnectorRequestSender(
    ServiceUrlTrust trust,
    ConnectorTokenProvider tokens,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger)
{
    public async Task<ConnectorResponse> SendAsync(HttpClient http, ConnectorRequest request, CancellationToken cancellationToken)
    {
        var uri = ConnectorUrl.TryBuild(request.ServiceUrl, request.PathSegments);
        var access = uri is null ? ServiceUrlAccess.Refused : trust.Decide(uri);
        if (access == ServiceUrlAccess.Refused)
        {
            BotFrameworkLog.UntrustedServiceUrl(logger, uri?.Host ?? "(invalid URL)", request.Operation);
            return ConnectorResponse.Failed("UntrustedServiceUrl");
        }

        string? token = null;
        if (access == ServiceUrlAccess.WithToken)
        {
            try
            {
                token = await tokens.GetTokenAsync(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                BotFrameworkLog.TokenAcquisitionFailed(logger, ex, request.Operation);
                return ConnectorResponse.Failed("TokenUnavailable");
            }
        }

        var body = request.Body is null ? null : JsonSerializer.SerializeToUtf8Bytes(request.Body, request.Body.GetType(), BotJson.Options);
        return await SendWithRetriesAsync(http, request, uri!, token, body, cancellationToken);
    }

    private async Task<ConnectorResponse> SendWithRetriesAsync(
        HttpClient http, ConnectorRequest request, Uri uri, string? token, byte[]? body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            // A request message can be sent only once, so each attempt builds a fresh one.
            using var message = CreateMessage(request.Method, uri, token, body);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // No answer: the activity may or may not have been posted. POSTs aren't idempotent, so no retry.
                // HttpClient.Timeout surfaces as a cancellation the caller didn't ask for.
                var errorCode = ex is OperationCanceledException ? "Timeout" : "NetworkError";
                BotFrameworkLog.ConnectorCallUnknown(logger, ex, request.Operation, errorCode);
                return ConnectorResponse.Failed(errorCode);
            }

            using (response)
            {
                TimeSpan? retryAfter = null;
                if (ConnectorResponse.IsRetryable(response.StatusCode))
                {
                    retryAfter = RetryDelay.FromHeader(response.Headers.RetryAfter, timeProvider.GetUtcNow())
                        ?? RetryDelay.Backoff(attempt, settings);
                    // A Retry-After beyond our max delay ends the retries: the caller gets Throttled and can reschedule.
                    var attempts = request.Retry == ConnectorRetry.None ? 1 : settings.MaxSendAttempts;
                    if (attempt < attempts && retryAfter <= settings.RetryMaxDelay)
                    {
                        BotFrameworkLog.ConnectorRetrying(logger, request.Operation, (int)response.StatusCode, attempt, retryAfter.Value);
                        await Task.Delay(retryAfter.Value, timeProvider, cancellationToken);
                        continue;
                    }
                }
                var result = await ConnectorResponse.ReadAsync(response, retryAfter, cancellationToken);
                if (!result.Result.Succeeded)
                {
                    BotFrameworkLog.ConnectorCallFailed(logger, request.Operation, result.Result.Status, (int)response.StatusCode,
                        result.Result.ErrorCode, ConnectorResponse.CorrelationId(response));
                }
                return result;
            }
        }
    }

    private static HttpRequestMessage CreateMessage(HttpMethod method, Uri uri, string? token, byte[]? body)
    {
        var message = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        return message;
    }
}
