namespace BplBot.Domain.Text;

/// <summary>The language a person is answered in: Swedish first, English when their Teams runs in English.</summary>
public enum Language
{
    Swedish,
    English,
}

public static class Languages
{
    private static readonly System.Globalization.CultureInfo Swedish = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    /// <summary>How numbers and dates are written for the language: Swedish, or British English (day before month).</summary>
    public static System.Globalization.CultureInfo Culture(this Language language) => language == Language.English ? English : Swedish;

    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Swedish;

    /// <summary>How a language is stored: <c>sv</c> or <c>en</c>.</summary>
    public static string Code(Language language) => language == Language.English ? "en" : "sv";

    /// <summary>A stored language code back, or null.</summary>
    public static Language? FromCode(string? code) => code switch { "sv" => Language.Swedish, "en" => Language.English, _ => null };

    /// <summary>Picks the text for the language: <c>lang.Pick("Hej", "Hi")</c>.</summary>
    public static string Pick(this Language language, string swedish, string english) =>
        language == Language.English ? english : swedish;
}
