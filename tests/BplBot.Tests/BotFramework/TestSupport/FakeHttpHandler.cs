using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace BplBot.Tests.BotFramework.TestSupport;

/// <summary>One request as the fake saw it (the body is read at send time, before the message is disposed).</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body, string? ContentType);

/// <summary>A hand-written HTTP boundary: answers from a function and records every request.</summary>
internal sealed class FakeHttpHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public FakeHttpHandler(Func<RecordedRequest, HttpResponseMessage> respond)
        : this((request, _) => Task.FromResult(respond(request)))
    {
    }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Answers with the responses in order; the last one repeats.</summary>
    public static FakeHttpHandler Sequence(params Func<HttpResponseMessage>[] responses)
    {
        var index = -1;
        return new FakeHttpHandler(_ => responses[Math.Min(Interlocked.Increment(ref index), responses.Length - 1)]());
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body,
            request.Content?.Headers.ContentType?.ToString());
        _requests.Enqueue(recorded);
        var response = await respond(recorded, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
