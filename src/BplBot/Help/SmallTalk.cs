using BplBot.Domain.Text;

namespace BplBot.Help;

/// <summary>What people write that is not a command but deserves a friendly answer.</summary>
public static class SmallTalk
{
    private static readonly string[] Greetings =
        ["hej", "hejsan", "hej hej", "hallå", "halla", "tjena", "tjenare", "god morgon", "god dag", "goddag", "hi", "hello", "hey", "good morning"];
    private static readonly string[] Thanks =
        ["tack", "tackar", "tack så mycket", "tusen tack", "stort tack", "tack för hjälpen", "thanks", "thank you", "thx", "ty"];
    private static readonly string[] Cancels = ["avbryt", "avsluta", "cancel", "stop"];

    public static bool IsGreeting(string text) => Matches(text, Greetings);

    public static bool IsThanks(string text) => Matches(text, Thanks);

    public static bool IsCancel(string text) => Matches(text, Cancels);

    private static bool Matches(string text, string[] phrases)
    {
        var t = TextMatch.Normalize(text.Trim().TrimEnd('!', '.', '?', ' ', ':', ')', '(', '-'));
        // "hej!", "hej BplBot", "tack så mycket!": the phrase, alone or followed by a name or a smiley.
        return phrases.Select(TextMatch.Normalize).Any(p => t == p || (t.StartsWith(p + " ", StringComparison.Ordinal) && t.Length <= p.Length + 20));
    }
}
