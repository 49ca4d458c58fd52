using BplBot.BotFramework;
using BplBot.Cards;
using BplBot.Domain.Commands;

namespace BplBot.Conversations;

/// <summary>
/// An activity read once, for everything that follows: the text without the bot's mention, the card button pressed
/// (if any), and the command the text (or the button) stands for.
/// </summary>
public sealed record TurnInput(string Text, CardSubmission? Card, ParsedCommand Command)
{
    /// <summary>Teams allows about 28 KB; what people type stays far below this. Longer text is answered, never parsed.</summary>
    public const int MaxTextLength = 4000;

    public bool IsTooLong { get; init; }

    /// <summary>A press on a button that runs a command (a choice card, "Rapportera nu", a suggestion in a group chat).</summary>
    public bool IsCommandPress => Card?.Kind is CardSubmission.CommandKind or CardSubmission.TypedKind;

    public static TurnInput From(Activity activity)
    {
        var card = CardSubmission.From(activity);
        var text = card?.Kind switch
        {
            CardSubmission.CommandKind => card.Text(CardSubmission.CommandField),
            CardSubmission.TypedKind => card.Text(CardSubmission.TypedField),
            _ => activity.GetTextWithoutBotMention() ?? string.Empty,
        };
        text = text.Trim();
        if (text.Length > MaxTextLength) return new TurnInput(string.Empty, card, CommandParser.Parse(null)) { IsTooLong = true };
        // Answer buttons belong to their dialog; their text is not a command.
        var command = card?.Kind == CardSubmission.AnswerKind ? CommandParser.Parse(null) : CommandParser.Parse(text);
        return new TurnInput(text, card, command);
    }
}
