using BplBot.Cards;

namespace BplBot.CheckIn;

/// <summary>A message the bot sends: markdown text, a card, or both (the card's fallback text is the text).</summary>
public sealed record Outgoing(string? Text, AdaptiveCard? Card = null);

/// <summary>
/// What one turn of the check-in decided. Nothing is sent until the turn is saved: if a second message for the same
/// dialog won the race, the turn is computed again on the fresh state and its first answers are never seen.
/// </summary>
public sealed class CheckInTurn
{
    /// <summary>The draft to keep; null ends the dialog.</summary>
    public CheckInDraft? Draft { get; init; }

    public List<Outgoing> Replies { get; } = [];

    /// <summary>Database work that belongs to the same transaction as the state change (saving the check-in).</summary>
    public Func<CancellationToken, Task>? Persist { get; set; }

    /// <summary>Work after the commit, e.g. messages to coaches; it may add replies.</summary>
    public Func<CancellationToken, Task>? AfterCommit { get; set; }

    /// <summary>For <c>Action.Execute</c>: the card that replaces the one the member pressed.</summary>
    public AdaptiveCard? InvokeCard { get; set; }

    public CheckInTurn Say(string text)
    {
        Replies.Add(new Outgoing(text));
        return this;
    }

    public CheckInTurn Show(AdaptiveCard card)
    {
        Replies.Add(new Outgoing(null, card));
        return this;
    }
}
