namespace BplBot.Domain.Text;

/// <summary>A number with its noun in the right form: <c>1 signal</c>, <c>2 signaler</c>; <c>1 mätning</c>, <c>12 mätningar</c>.</summary>
public static class Plural
{
    public static string Of(int count, string one, string many, Language language) =>
        $"{count.ToString("#,0", language.Culture()).Replace('\u00A0', ' ')} {(count == 1 ? one : many)}";

    /// <summary>The noun alone, for when the number is written elsewhere.</summary>
    public static string Noun(int count, string one, string many) => count == 1 ? one : many;
}
