using BplBot.Cards;
using BplBot.Conversations.Commands;

namespace BplBot.Dialogs;

/// <summary>
/// A conversation over several messages (the check-in), kept as state between turns. The runner gives an active
/// dialog each message first; a command typed in between is answered as a command and the dialog asks again.
/// </summary>
public interface IDialog
{
    /// <summary>The dialog's kind, stored with its state.</summary>
    string Kind { get; }

    /// <summary>The next move for this turn's text or card press (<see cref="CommandContext.Input"/>).</summary>
    Task<DialogTurn> ContinueAsync(CommandContext context, string data, CancellationToken ct);

    /// <summary>The question the dialog waits on, asked again after a command the person ran in between.</summary>
    DialogTurn Reprompt(CommandContext context, string data);

    /// <summary>True when the step waiting takes free text: a message that starts like a command may be the answer.</summary>
    bool TakesFreeText(string data);

    /// <summary>True for the dialog's own words at its step (<c>avbryt</c>, <c>hjälp</c>, <c>spara</c> …), which are never commands here.</summary>
    bool Understands(string data, string text);

    /// <summary>What to say when the person comes back to a dialog that expired.</summary>
    string ExpiredNote(BplBot.Domain.Text.Language language, TimeSpan after);

    /// <summary>True for a press on one of this dialog's cards.</summary>
    bool OwnsCard(CardSubmission card);

    /// <summary>A press on one of this dialog's cards after the dialog ended: what to do (e.g. start again from a form).</summary>
    Task<DialogTurn> StartFromCardAsync(CommandContext context, CardSubmission card, CancellationToken ct);
}
