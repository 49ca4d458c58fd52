using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BplBot.Tests.Cluster;

/// <summary>One activity the connector received: when (on this test's stopwatch), in which conversation, what it said.</summary>
public sealed record Received(TimeSpan At, string Conversation, string Text, int Status);

/// <summary>
/// The Bot Connector as a real HTTP server on loopback, outliving the bot processes it serves: records every posted
/// activity with its arrival time, opens 1:1 chats, answers member look-ups, and can answer a post differently
/// (a 429 with Retry-After).
/// </summary>
public sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<Received> _received = new();
    private int _ids;

    private ConnectorServer(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public ConcurrentDictionary<string, string> Members { get; } = new();

    /// <summary>Given the number of the post (1-based), a status and Retry-After to answer instead of 201.</summary>
    public Func<int, (int Status, int? RetryAfterSeconds)?>? Respond { get; set; }

    public IReadOnlyList<Received> Received => _received.ToArray();

    public TimeSpan Now => _clock.Elapsed;

    public static async Task<ConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new ConnectorServer(builder.Build());
        server.Map();
        await server._app.StartAsync();
        server.ServiceUrl = server._app.Urls.First().TrimEnd('/') + "/_connector/";
        return server;
    }

    private void Map()
    {
        var posts = 0;
        _app.MapPost("/_connector/v3/conversations", async (HttpContext http) =>
        {
            var body = await JsonDocument.ParseAsync(http.Request.Body);
            var user = body.RootElement.GetProperty("members")[0].GetProperty("id").GetString();
            return Results.Json(new { id = $"a:opened-{user}" }, statusCode: 201);
        });
        _app.MapPost("/_connector/v3/conversations/{conversation}/activities/{**rest}", async (HttpContext http, string conversation) =>
        {
            var body = await JsonDocument.ParseAsync(http.Request.Body);
            var text = body.RootElement.TryGetProperty("text", out var t) && t.GetString() is { } said ? said
                : body.RootElement.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0
                    && a[0].GetProperty("content").TryGetProperty("fallbackText", out var f) ? f.GetString() ?? string.Empty : string.Empty;
            var n = Interlocked.Increment(ref posts);
            if (Respond?.Invoke(n) is { } answer)
            {
                _received.Enqueue(new Received(_clock.Elapsed, conversation, text, answer.Status));
                if (answer.RetryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Json(new { error = new { code = "Throttled" } }, statusCode: answer.Status);
            }
            _received.Enqueue(new Received(_clock.Elapsed, conversation, text, 201));
            return Results.Json(new { id = $"sent-{Interlocked.Increment(ref _ids)}" }, statusCode: 201);
        });
        _app.MapGet("/_connector/v3/conversations/{conversation}/members/{user}", (string user) =>
            Members.TryGetValue(Uri.UnescapeDataString(user), out var member)
                ? Results.Text(member, "application/json")
                : Results.Json(new { error = new { code = "MemberNotFoundInConversation" } }, statusCode: 404));
    }

    public void AddMember(string userId, string upn, string name) =>
        Members[userId] = JsonSerializer.Serialize(new { id = userId, name, email = upn, userPrincipalName = upn });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
