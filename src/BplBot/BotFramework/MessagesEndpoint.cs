using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MessagesResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok,
    Microsoft.AspNetCore.Http.HttpResults.UnauthorizedHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<object>>;

namespace BplBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>. The order is deliberate:
/// 1. Content-Length over the cap → 413, before anything else is read.
/// 2. Headers-only authentication (anonymous loopback, or a valid token) → 401, so an unauthenticated body is never parsed.
/// 3. The body, capped → 413. 4. JSON → 400 when malformed (only authenticated callers get this far).
/// 5. The token bound to the activity (endorsement of its channelId, serviceurl claim) → 401.
/// 6. What a turn needs (<see cref="ActivityValidator"/>: type, conversation.id, an http(s) serviceUrl, from.id for
///    messages and invokes, sane ids) → 400, so no handler ever meets a turn it cannot answer.
///    An activity from a tenant outside Bot:AllowedTenantIds → 200, not handled.
/// 7. The handler, inline: when the request returns, the replies have been sent. That keeps a request's work in its DI
///    scope and makes tests and the playground deterministic; the cost is that slow work must finish within the
///    connector's ~15 s (long jobs belong in the application's background jobs).
/// Nothing here lets bad input become a 500: only a failing handler does.
/// </summary>
internal sealed class MessagesEndpoint(
    BotAuthenticator authenticator, IOptions<BotOptions> options, IHostApplicationLifetime lifetime, ILogger<MessagesEndpoint> logger)
{
    public async Task<MessagesResult> HandleAsync(
        HttpContext context, ConnectorClient connector, IActivityHandler handler)
    {
        var maxBytes = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, "the declared body is over Bot:MaxRequestBodyBytes");
        }
        var identity = await authenticator.AuthenticateAsync(context);
        if (identity is null)
        {
            return TypedResults.Unauthorized();
        }

        byte[]? body;
        try
        {
            body = await RequestBodyReader.ReadCappedAsync(context.Request, maxBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return Reject(ex.StatusCode, "the body could not be read");
        }
        catch (IOException)
        {
            return Reject(StatusCodes.Status400BadRequest, "the connection broke while the body was read");
        }
        if (body is null)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, "the body is over Bot:MaxRequestBodyBytes");
        }

        var activity = BotJson.TryParseActivity(body);
        if (activity is null)
        {
            return Reject(StatusCodes.Status400BadRequest, "the body is not an activity JSON object");
        }
        if (!authenticator.Authorize(identity, activity))
        {
            return TypedResults.Unauthorized();
        }
        if (ActivityValidator.Validate(activity) is { } invalid)
        {
            BotFrameworkLog.ActivityRefused(logger, invalid, LogSafe.Id(activity.Id));
            return TypedResults.StatusCode(StatusCodes.Status400BadRequest);
        }
        if (!identity.IsAnonymous && ForeignTenant(activity) is { } tenant)
        {
            // A valid token from Teams, but not one of ours (another tenant, a shared channel's guest): answered with
            // 200 so the connector does not redeliver, and never handled, so it leaves no rows and asks no questions.
            BotFrameworkLog.ForeignTenant(logger, LogSafe.Id(activity.Type), LogSafe.Id(activity.Id), tenant);
            return TypedResults.Ok();
        }
        return await DispatchAsync(new TurnContext(activity, connector, identity.IsAnonymous), handler);
    }

    private async Task<MessagesResult> DispatchAsync(
        TurnContext turn, IActivityHandler handler)
    {
        var activity = turn.Activity;
        BotFrameworkLog.ActivityReceived(logger, LogSafe.Id(activity.Type), LogSafe.Id(activity.Id), LogSafe.Id(activity.Conversation?.Id));
        InvokeResponse? response;
        try
        {
            // Not RequestAborted: when the connector gives up (~15 s) it redelivers, and abandoning half-done work
            // then is worse than finishing it. Only host shutdown cancels.
            response = await handler.OnActivityAsync(turn, lifetime.ApplicationStopping);
        }
        catch (Exception ex)
        {
            BotFrameworkLog.HandlerFailed(logger, LogSafe.Redact(ex), LogSafe.Id(activity.Type), LogSafe.Id(activity.Id), LogSafe.Id(activity.Conversation?.Id));
            return TypedResults.StatusCode(StatusCodes.Status500InternalServerError);
        }

        if (!string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            return TypedResults.Ok();
        }
        if (response is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented); // An invoke nobody handled (as BotBuilder).
        }
        if (response.Status is < 200 or > 599)
        {
            BotFrameworkLog.InvalidInvokeStatus(logger, LogSafe.Id(activity.Id), response.Status);
            return TypedResults.StatusCode(StatusCodes.Status500InternalServerError);
        }
        // The body is the response itself, not a {status, body} wrapper (BotBuilder HttpHelper).
        return response.Body is null
            ? TypedResults.StatusCode(response.Status)
            : TypedResults.Json(response.Body, BotJson.Options, statusCode: response.Status);
    }

    /// <summary>The tenant that is not allowed (both places Teams names it must be allowed), or null when all is well.</summary>
    private string? ForeignTenant(Activity activity)
    {
        var named = new[] { activity.Conversation?.TenantId, activity.GetTeamsChannelData()?.TenantId }
            .Where(t => !string.IsNullOrEmpty(t)).ToList();
        if (named.Count == 0) return "(none)";
        var foreign = named.FirstOrDefault(t => !options.Value.IsAllowedTenant(t));
        return foreign is null ? null : Guid.TryParse(foreign, out var id) ? id.ToString() : "(not a tenant id)";
    }

    private StatusCodeHttpResult Reject(int statusCode, string reason)
    {
        BotFrameworkLog.RequestRefused(logger, statusCode, reason);
        return TypedResults.StatusCode(statusCode);
    }
}
