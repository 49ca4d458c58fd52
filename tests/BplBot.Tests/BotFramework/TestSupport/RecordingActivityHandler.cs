using System.Collections.Concurrent;
using BplBot.BotFramework;

namespace BplBot.Tests.BotFramework.TestSupport;

/// <summary>The application seam, faked: records every turn and answers with a configurable behaviour.</summary>
internal sealed class RecordingActivityHandler : IActivityHandler
{
    private readonly ConcurrentQueue<TurnContext> _turns = new();

    public Func<TurnContext, CancellationToken, Task<InvokeResponse?>> OnActivity { get; set; } =
        (_, _) => Task.FromResult<InvokeResponse?>(null);

    public IReadOnlyList<TurnContext> Turns => [.. _turns];

    public Task<InvokeResponse?> OnActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        _turns.Enqueue(turn);
        return OnActivity(turn, cancellationToken);
    }
}
