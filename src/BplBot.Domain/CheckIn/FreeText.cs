using BplBot.Domain.Privacy;
using BplBot.Domain.Text;

namespace BplBot.Domain.CheckIn;

/// <summary>How long each kind of free-text answer may be.</summary>
public static class FreeTextLimits
{
    public const int Reason = 300;
    public const int Pgsa = 1000;
    public const int SupportTopic = 500;
    public const int MeasureName = 100;
}

/// <summary>What a free-text answer turned out to be.</summary>
public abstract record FreeTextCheck
{
    private FreeTextCheck() { }

    public sealed record Ok(string Text) : FreeTextCheck;
    public sealed record Empty : FreeTextCheck;
    public sealed record TooLong(int Max, int Length) : FreeTextCheck;

    /// <summary>Refused: the text held something that is a personnummer or samordningsnummer. It is not kept anywhere.</summary>
    public sealed record ContainsIdentityNumber : FreeTextCheck;
}

/// <summary>The rules every free-text answer passes before it is kept: no identity numbers, not empty, not too long.</summary>
public static class FreeText
{
    public static FreeTextCheck Check(string? text, int maxLength)
    {
        // The identity-number check comes first, so such text is never echoed back in a length message either.
        if (PersonalIdentityNumber.Contains(text)) return new FreeTextCheck.ContainsIdentityNumber();
        var trimmed = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (trimmed.Length == 0) return new FreeTextCheck.Empty();
        if (trimmed.Length > maxLength) return new FreeTextCheck.TooLong(maxLength, trimmed.Length);
        return new FreeTextCheck.Ok(trimmed);
    }

    public static string Describe(FreeTextCheck check, Language language) => check switch
    {
        FreeTextCheck.ContainsIdentityNumber => language.Pick(
            "Det där ser ut som ett personnummer eller samordningsnummer. Jag sparar aldrig sådana uppgifter – skriv om utan numret. Rapporter handlar om antal och andelar, aldrig om enskilda barn.",
            "That looks like a Swedish personal identity number. I never store those – please write it again without the number. Reports are about counts and shares, never about individual children."),
        FreeTextCheck.TooLong t => language.Pick(
            $"Texten är {t.Length} tecken, men högst {t.Max} får plats. Korta den och skicka igen.",
            $"The text is {t.Length} characters, but at most {t.Max} fit. Shorten it and send it again."),
        FreeTextCheck.Empty => language.Pick("Skriv något, eller **hoppa över**.", "Write something, or **skip**."),
        _ => string.Empty,
    };
}
