using System.Globalization;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// Numbers as prose writes them: words up to twelve ("sju av nio team"), digits above; a change on the self-rating
/// scale in steps ("ett halvt steg", "ett och ett halvt steg").
/// </summary>
public static class SwedishNumbers
{
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly string[] Words = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];

    /// <summary>"ett", "sju", "13"; <paramref name="neuter"/> false gives "en" for one (en familj, ett team).</summary>
    public static string Word(int n, bool neuter = true)
    {
        if (n == 1 && !neuter) return "en";
        return n >= 0 && n < Words.Length ? Words[n] : Number(n);
    }

    /// <summary>"3,5", "1 234", "0,25": the number as Swedish prose writes it, a plain space between thousands.</summary>
    public static string Number(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", Sv).Replace('\u00A0', ' ');

    /// <summary>The distance between two ratings: one step is a whole point on the scale, so 0,5 is "ett halvt steg".</summary>
    public static string Steps(decimal difference)
    {
        var d = Math.Abs(difference);
        if (d * 2 != decimal.Truncate(d * 2)) return $"{Number(d)} steg";
        var whole = (int)decimal.Truncate(d);
        var half = d != whole;
        return (whole, half) switch
        {
            (0, true) => "ett halvt steg",
            (_, false) => $"{Word(whole)} steg",
            _ => $"{Word(whole)} och ett halvt steg",
        };
    }

    /// <summary>The first letter upper case, for a sentence that starts with a number word.</summary>
    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Sv) + text[1..];
}
