using System.Diagnostics;

namespace BplBot.Outbox;

/// <summary>
/// Teams' limits for proactive sends: at most N per conversation and M per tenant in any sliding window (a second and
/// a little: timers round, and the service's clock is not ours). A send counts from the moment it is allowed (in
/// flight) and, once answered, from its completion, when Teams has surely seen it. Thread-safe; real time on purpose,
/// since it limits what goes over the wire whatever clock the rest of the app is given.
/// </summary>
public sealed class SendLimits(int perConversation, int perTenant, TimeSpan? window = null)
{
    /// <summary>How long to wait before asking again when only sends in flight hold the limit.</summary>
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(10);

    private readonly TimeSpan _window = window ?? TimeSpan.FromMilliseconds(1010);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Window> _conversations = [];
    private readonly Dictionary<string, Window> _tenants = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Zero when the send may go now (and is then counted as in flight); else how long to wait first.</summary>
    public TimeSpan TryAcquire(string conversation, string tenant)
    {
        lock (_lock)
        {
            var now = _clock.Elapsed;
            var c = Of(_conversations, conversation);
            var t = Of(_tenants, tenant);
            var a = c.WaitAt(now, perConversation, _window);
            var b = t.WaitAt(now, perTenant, _window);
            var wait = a > b ? a : b;
            if (wait > TimeSpan.Zero) return wait;
            c.InFlight++;
            t.InFlight++;
            return TimeSpan.Zero;
        }
    }

    /// <summary>The send was answered (whatever the answer): it counts from now.</summary>
    public void Complete(string conversation, string tenant)
    {
        lock (_lock)
        {
            var now = _clock.Elapsed;
            Of(_conversations, conversation).Done(now);
            Of(_tenants, tenant).Done(now);
        }
    }

    /// <summary>The send was allowed but never made.</summary>
    public void Abandon(string conversation, string tenant)
    {
        lock (_lock)
        {
            Of(_conversations, conversation).InFlight--;
            Of(_tenants, tenant).InFlight--;
        }
    }

    private static Window Of(Dictionary<string, Window> windows, string key)
    {
        if (!windows.TryGetValue(key, out var w)) windows[key] = w = new Window();
        return w;
    }

    private sealed class Window
    {
        private readonly Queue<TimeSpan> _done = new();

        public int InFlight { get; set; }

        public void Done(TimeSpan now)
        {
            InFlight--;
            _done.Enqueue(now);
        }

        public TimeSpan WaitAt(TimeSpan now, int limit, TimeSpan window)
        {
            while (_done.Count > 0 && now - _done.Peek() >= window) _done.Dequeue();
            if (_done.Count + InFlight < limit) return TimeSpan.Zero;
            // The oldest completed send frees a slot when it leaves the window; sends in flight only once they complete.
            if (_done.Count == 0) return InFlightPoll;
            var free = _done.Peek() + window - now;
            return free > TimeSpan.FromMilliseconds(1) ? free : TimeSpan.FromMilliseconds(1);
        }
    }
}
