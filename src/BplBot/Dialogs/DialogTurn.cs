using BplBot.Cards;
using BplBot.Conversations.Replies;

namespace BplBot.Dialogs;

/// <summary>
/// What one turn of a dialog decided. Nothing is sent until the turn is saved: if a second message for the same
/// dialog won the race, the turn is decided again on the fresh state and its first answers are never seen.
/// </summary>
public sealed class DialogTurn
{
    private DialogTurn(string? step, string? data)
    {
        Step = step;
        Data = data;
    }

    /// <summary>The step's name (for operators) and the dialog's state to keep; null data ends the dialog.</summary>
    public string? Step { get; }
    public string? Data { get; }

    public bool Ends => Data is null;

    public List<Reply> Replies { get; } = [];

    /// <summary>Database work that belongs to the same transaction as the state change (e.g. saving a check-in).</summary>
    public Func<CancellationToken, Task>? Persist { get; set; }

    /// <summary>Work after the commit (e.g. planning messages to coaches); it may add replies.</summary>
    public Func<CancellationToken, Task>? AfterCommit { get; set; }

    /// <summary>The card the person pressed becomes this one (read-only once acted on, or the form again).</summary>
    public AdaptiveCard? ReplaceCard { get; set; }

    public static DialogTurn End() => new(null, null);

    public static DialogTurn Keep(string step, string data) => new(step, data);

    public DialogTurn Say(string text) => Say(new Reply(text));

    public DialogTurn Say(Reply reply)
    {
        Replies.Add(reply);
        return this;
    }

    public DialogTurn Show(AdaptiveCard card) => Say(new Reply(null, card));
}
