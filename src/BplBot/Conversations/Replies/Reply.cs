using BplBot.Cards;

namespace BplBot.Conversations.Replies;

/// <summary>One message the bot sends: markdown text, a card, or both, with buttons for the closed choices it offers.</summary>
public sealed record Reply(string? Text, AdaptiveCard? Card = null)
{
    /// <summary>Buttons under the message that answer as if typed: in a 1:1 chat suggested actions, elsewhere a small card.</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];

    public static Reply With(string text, params Suggestion[] suggestions) => new(text) { Suggestions = suggestions };
}

/// <summary>A button that sends <see cref="Text"/> as if the person had typed it (an answer, or a command).</summary>
public sealed record Suggestion(string Title, string Text)
{
    public static Suggestion Of(string text) => new(text, text);
}
