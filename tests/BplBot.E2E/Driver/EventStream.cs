using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace BplBot.E2E.Driver;

/// <summary>
/// One WebSocket connection to a playground stream, kept for the whole run. The playground buffers
/// events while no client listens and has no history route, so every event is kept here and tests
/// search it from a cursor taken before they act.
/// </summary>
public sealed class EventStream<T> : IAsyncDisposable where T : class
{
    private readonly ClientWebSocket socket = new();
    private readonly Func<JsonElement, T?> parse;
    private readonly List<T> events = [];
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private TaskCompletionSource changed = NewSignal();
    private Task receiving = Task.CompletedTask;
    private string? closedReason;

    /// <param name="parse">Reads one event; null skips it.</param>
    public EventStream(Uri uri, Func<JsonElement, T?> parse)
    {
        Uri = uri;
        this.parse = parse;
    }

    public Uri Uri { get; }

    /// <summary>How many events have arrived so far; pass it to the waits to see only what comes later.</summary>
    public int Cursor
    {
        get { lock (gate) { return events.Count; } }
    }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await socket.ConnectAsync(Uri, cancellationToken);
        receiving = Task.Run(ReceiveLoopAsync, CancellationToken.None);
    }

    public IReadOnlyList<T> Since(int cursor)
    {
        lock (gate) { return events.Skip(cursor).ToList(); }
    }

    /// <summary>The first event at or after <paramref name="cursor"/> that matches, waiting for it if needed.</summary>
    public async Task<T> WaitForAsync(int cursor, Func<T, bool> match, TimeSpan timeout, string what)
    {
        T? found = null;
        await WaitUntilAsync(cursor, seen => (found = seen.FirstOrDefault(match)) is not null, timeout, what);
        return found!;
    }

    /// <summary>Waits until the events at or after <paramref name="cursor"/> satisfy <paramref name="done"/>.</summary>
    public async Task WaitUntilAsync(int cursor, Func<IReadOnlyList<T>, bool> done, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            string? reason;
            lock (gate)
            {
                signal = changed.Task;
                reason = closedReason;
            }
            if (done(Since(cursor)))
            {
                return;
            }
            if (reason is not null)
            {
                throw new InvalidOperationException($"Stream {Uri} closed ({reason}) while waiting for {what}.{Describe(cursor)}");
            }
            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what} on {Uri}.{Describe(cursor)}");
            }
        }
    }

    /// <summary>The last events (after <paramref name="cursor"/> when given), for failure messages.</summary>
    public string Describe(int cursor = 0, int max = 15)
    {
        var seen = Since(cursor);
        if (seen.Count == 0)
        {
            return " Nothing arrived.";
        }
        var shown = seen.Skip(Math.Max(0, seen.Count - max));
        return $" Seen {seen.Count} event(s), the last:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", shown);
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stopping.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Close($"closed by the playground: {result.CloseStatus} {result.CloseStatusDescription}");
                    return;
                }
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Append(message.ToArray());
                    message.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            Close(stopping.IsCancellationRequested ? "stopped" : ex.Message);
        }
    }

    private void Append(byte[] utf8)
    {
        T? item;
        try
        {
            using var document = JsonDocument.Parse(utf8);
            item = parse(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            // An event we cannot read is a driver bug or an API change: keep it visible, don't drop it.
            Close($"unreadable event ({ex.Message}): {Encoding.UTF8.GetString(utf8)}");
            return;
        }
        if (item is null)
        {
            return;
        }
        lock (gate)
        {
            events.Add(item);
            Signal();
        }
    }

    private void Close(string reason)
    {
        lock (gate)
        {
            closedReason ??= reason;
            Signal();
        }
    }

    private void Signal()
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "test run over", quick.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // The playground may already be gone; the socket is aborted below either way.
            }
        }
        await stopping.CancelAsync();
        socket.Abort();
        await receiving;
        socket.Dispose();
        stopping.Dispose();
    }
}
