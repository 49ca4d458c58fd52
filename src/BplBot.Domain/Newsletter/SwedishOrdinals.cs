namespace BplBot.Domain.Newsletter;

/// <summary>"för åttonde gången": the ordinal as a word up to twenty, else "för 21:a gången".</summary>
public static class SwedishOrdinals
{
    private static readonly string[] Words =
    [
        "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
        "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde", "tjugonde",
    ];

    public static string Word(int n)
    {
        if (n >= 1 && n <= Words.Length) return Words[n - 1];
        var lastTwo = n % 100;
        var suffix = (n % 10 is 1 or 2) && lastTwo is not (11 or 12) ? ":a" : ":e";
        return $"{n}{suffix}";
    }
}
