using System.Diagnostics;

namespace BplBot.Outbox;

/// <summary>
/// At most N sends per second per key (a sliding one-second window). Real time on purpose: this limits what goes
/// over the wire, whatever clock the rest of the app is given. Used by one dispatcher at a time.
/// </summary>
public sealed class RateGate(int perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, Queue<TimeSpan>> _sent = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>How long to wait before the next send for <paramref name="key"/> is allowed (zero when it is).</summary>
    public TimeSpan WaitFor(string key)
    {
        if (!_sent.TryGetValue(key, out var times)) return TimeSpan.Zero;
        var now = _clock.Elapsed;
        while (times.Count > 0 && now - times.Peek() >= Window) times.Dequeue();
        return times.Count < perSecond ? TimeSpan.Zero : times.Peek() + Window - now;
    }

    public void Record(string key)
    {
        if (!_sent.TryGetValue(key, out var times)) _sent[key] = times = new Queue<TimeSpan>();
        times.Enqueue(_clock.Elapsed);
    }
}
