using System.Globalization;
using System.Text.RegularExpressions;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// How a team's own words and the network's names go into a sentence: quoted as the team wrote them (”…”, as the
/// seed newsletter quotes), names lower-cased after their first letter only where they are ordinary words.
/// </summary>
public static partial class ProseText
{
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>What someone wrote on one line, without a closing full stop (the sentence adds its own).</summary>
    public static string Clean(string? text) => Whitespace().Replace(text ?? string.Empty, " ").Trim().TrimEnd('.', ' ');

    /// <summary>”Närvaron har ökat” – the team's words in Swedish quotation marks.</summary>
    public static string Quote(string text) => $"\u201D{Clean(text)}\u201D";

    /// <summary>A quote that ends a sentence after a colon: <c>: ”…”.</c>, or <c>: ”…?”</c> when it asks.</summary>
    public static string QuoteAtEnd(string text)
    {
        var quoted = Quote(text);
        return EndsAsSentence(text) ? quoted : quoted + ".";
    }

    /// <summary>True when the text ends with its own question or exclamation mark.</summary>
    public static bool EndsAsSentence(string text) => Clean(text) is { Length: > 0 } c && c[^1] is '?' or '!';

    /// <summary>
    /// "Gemensamma hembesök" → "gemensamma hembesök" inside a sentence; "BVC-besök" keeps its capitals (the second
    /// letter is upper case or not a letter).
    /// </summary>
    public static string InSentence(string name)
    {
        var n = name.Trim();
        if (n.Length < 2 || !char.IsUpper(n[0]) || char.IsUpper(n[1]) || !char.IsLetter(n[1])) return n;
        return char.ToLower(n[0], Sv) + n[1..];
    }

    /// <summary>"a", "a och b", "a, b och c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " och " + items[^1],
    };

    /// <summary>A sentence: ends with one full stop.</summary>
    public static string Sentence(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || t[^1] is '.' or '?' or '!' ? t : t + ".";
    }
}
