using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>The short answers a dialog understands at any step, in Swedish and English.</summary>
public static class DialogWords
{
    private static readonly string[] Yes = ["ja", "j", "japp", "jajamen", "absolut", "gärna", "yes", "y", "yep", "sure", "ok", "okej"];
    private static readonly string[] No = ["nej", "n", "nä", "nope", "no", "inte nu", "not now", "tack nej", "no thanks"];
    private static readonly string[] Skip = ["hoppa över", "hoppa", "hoppaöver", "skip", "pass", "-", "inget", "ingenting", "nothing"];
    private static readonly string[] Cancel = ["avbryt", "avsluta", "sluta", "cancel", "stop", "quit"];
    private static readonly string[] Help = ["hjälp", "hjalp", "?", "help"];
    private static readonly string[] Form = ["formulär", "formular", "form", "kort", "card"];
    private static readonly string[] Save = ["spara", "klart", "skicka", "save", "submit", "done"];
    private static readonly string[] Edit = ["ändra", "andra", "redigera", "edit", "change"];
    private static readonly string[] Keep = ["behåll", "behall", "keep"];
    private static readonly string[] NewMeasure = ["nytt mått", "nytt matt", "lägg till mått", "new measure", "add measure"];
    private static readonly string[] NewQuestion = ["ny fråga", "ny", "en ny fråga", "new question", "new"];
    private static readonly string[] Withdraw = ["ta bort", "ta bort frågan", "ta bort den", "withdraw", "remove"];
    private static readonly string[] SaveAnyway = ["spara ändå", "spara anda", "save anyway"];

    public static bool IsYes(string text) => Is(text, Yes);
    public static bool IsNo(string text) => Is(text, No);
    public static bool IsSkip(string text) => Is(text, Skip);
    public static bool IsCancel(string text) => Is(text, Cancel);
    public static bool IsHelp(string text) => Is(text, Help);
    public static bool IsForm(string text) => Is(text, Form);
    public static bool IsSave(string text) => Is(text, Save);
    public static bool IsKeep(string text) => Is(text, Keep);
    public static bool IsNewMeasure(string text) => Is(text, NewMeasure);
    public static bool IsNewQuestion(string text) => Is(text, NewQuestion);
    public static bool IsWithdraw(string text) => Is(text, Withdraw);
    public static bool IsSaveAnyway(string text) => Is(text, SaveAnyway);

    /// <summary>Any of the words a dialog understands at every step: never read as a command there.</summary>
    public static bool IsDialogWord(string text) =>
        IsYes(text) || IsNo(text) || IsSkip(text) || IsCancel(text) || IsHelp(text) || IsForm(text) || IsSave(text) || IsKeep(text)
        || IsNewMeasure(text) || IsNewQuestion(text) || IsWithdraw(text) || IsSaveAnyway(text) || IsEdit(text, out _);

    /// <summary>"ändra" alone or "ändra mått": true, with what follows the word.</summary>
    public static bool IsEdit(string text, out string rest)
    {
        var normalized = TextMatch.Normalize(text);
        foreach (var word in Edit.Select(TextMatch.Normalize))
        {
            if (normalized == word || normalized.StartsWith(word + " ", StringComparison.Ordinal))
            {
                rest = normalized[word.Length..].Trim();
                return true;
            }
        }
        rest = string.Empty;
        return false;
    }

    private static bool Is(string text, string[] words)
    {
        var normalized = TextMatch.Normalize(text.Trim().TrimEnd('.', '!'));
        if (text.Trim() == "?" || text.Trim() == "-") normalized = text.Trim();
        return words.Any(w => TextMatch.Normalize(w) == normalized || w == normalized);
    }
}
