using BplBot.Domain.Text;

namespace BplBot.Help;

/// <summary>What people write that is not a command but deserves a friendly answer.</summary>
public static class SmallTalk
{
    private static readonly string[] SwedishGreetings = ["hej", "hejsan", "hej hej", "hallå", "halla", "tjena", "tjenare", "god morgon", "god dag", "goddag"];
    private static readonly string[] EnglishGreetings = ["hi", "hello", "hey", "good morning"];
    private static readonly string[] SwedishThanks = ["tack", "tackar", "tack så mycket", "tusen tack", "stort tack", "tack för hjälpen"];
    private static readonly string[] EnglishThanks = ["thanks", "thank you", "thx", "ty"];
    private static readonly string[] SwedishCancels = ["avbryt", "avsluta"];
    private static readonly string[] EnglishCancels = ["cancel", "stop"];

    public static bool IsGreeting(string text) => Matches(text, SwedishGreetings) || Matches(text, EnglishGreetings);

    public static bool IsThanks(string text) => Matches(text, SwedishThanks) || Matches(text, EnglishThanks);

    public static bool IsCancel(string text) => Matches(text, SwedishCancels) || Matches(text, EnglishCancels);

    /// <summary>The language of a greeting, thanks or "avbryt": "hej" is answered in Swedish in an English Teams too.</summary>
    public static Language? LanguageOf(string text) =>
        Matches(text, SwedishGreetings) || Matches(text, SwedishThanks) || Matches(text, SwedishCancels) ? Language.Swedish
        : Matches(text, EnglishGreetings) || Matches(text, EnglishThanks) || Matches(text, EnglishCancels) ? Language.English
        : null;

    private static bool Matches(string text, string[] phrases)
    {
        var t = TextMatch.Normalize(text.Trim().TrimEnd('!', '.', '?', ' ', ':', ')', '(', '-'));
        // "hej!", "hej BplBot", "tack så mycket!": the phrase, alone or followed by a name or a smiley.
        return phrases.Select(TextMatch.Normalize).Any(p => t == p || (t.StartsWith(p + " ", StringComparison.Ordinal) && t.Length <= p.Length + 20));
    }
}
