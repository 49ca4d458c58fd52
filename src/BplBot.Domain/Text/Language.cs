namespace BplBot.Domain.Text;

/// <summary>The language a person is answered in: Swedish first, English when their Teams runs in English.</summary>
public enum Language
{
    Swedish,
    English,
}

public static class Languages
{
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Swedish;

    /// <summary>Picks the text for the language: <c>lang.Pick("Hej", "Hi")</c>.</summary>
    public static string Pick(this Language language, string swedish, string english) =>
        language == Language.English ? english : swedish;
}
