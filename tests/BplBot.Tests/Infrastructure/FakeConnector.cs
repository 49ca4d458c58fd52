using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace BplBot.Tests.Infrastructure;

/// <summary>
/// Stands in for the Bot Connector at the HTTP level: the bot's real connector client sends real requests, and this
/// records them and answers as Teams would. Member look-ups answer from <see cref="Members"/> (404 when unknown).
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private int _nextId;

    /// <summary>Teams user id → JSON of the member (<c>GET v3/conversations/{id}/members/{userId}</c>).</summary>
    public ConcurrentDictionary<string, string> Members { get; } = new();

    /// <summary>Optional override: return a response to answer a call differently (e.g. 429, 403).</summary>
    public Func<RecordedCall, HttpResponseMessage?>? Respond { get; set; }

    /// <summary>How long a member look-up takes; a real connector takes tens to hundreds of milliseconds.</summary>
    public TimeSpan MemberLookupDelay { get; set; }

    /// <summary>How long posting an activity takes.</summary>
    public TimeSpan ActivityDelay { get; set; }

    public IReadOnlyList<RecordedCall> Calls => _calls.ToArray();

    public IReadOnlyList<RecordedCall> Sent => Calls.Where(c => c.IsActivityPost).ToList();

    public IReadOnlyList<string> SentTexts => Sent.Select(c => c.Text ?? string.Empty).ToList();

    public void Clear() => _calls.Clear();

    public void AddMember(string userId, string email, string name) =>
        Members[userId] = $$"""{"id":"{{userId}}","name":"{{name}}","email":"{{email}}","userPrincipalName":"{{email}}"}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var call = new RecordedCall(request.Method, request.RequestUri!, body, request.Headers.Authorization?.ToString());
        _calls.Enqueue(call);
        if (Respond?.Invoke(call) is { } custom) return custom;

        if (request.Method == HttpMethod.Get && call.RawPath.Contains("/members/", StringComparison.Ordinal))
        {
            if (MemberLookupDelay > TimeSpan.Zero) await Task.Delay(MemberLookupDelay, cancellationToken);
            var userId = Uri.UnescapeDataString(call.RawPath[(call.RawPath.LastIndexOf('/') + 1)..]);
            return Members.TryGetValue(userId, out var member)
                ? Json(HttpStatusCode.OK, member)
                : Json(HttpStatusCode.NotFound, """{"error":{"code":"MemberNotFoundInConversation","message":"not found"}}""");
        }
        if (request.Method == HttpMethod.Delete) return new HttpResponseMessage(HttpStatusCode.OK);
        if (ActivityDelay > TimeSpan.Zero && call.IsActivityPost) await Task.Delay(ActivityDelay, cancellationToken);
        var id = Interlocked.Increment(ref _nextId);
        return Json(HttpStatusCode.Created, $$"""{"id":"reply-{{id}}"}""");
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
