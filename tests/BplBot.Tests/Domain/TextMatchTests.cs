using BplBot.Domain.Text;

namespace BplBot.Tests.Domain;

public sealed class TextMatchTests
{
    [Theory]
    [InlineData("NÄSSJÖ", "nassjo")]
    [InlineData("  Värnamo   kommun ", "varnamo kommun")]
    [InlineData("Åsa Öberg", "asa oberg")]
    [InlineData("Café", "cafe")]
    public void Normalize_IgnoresCaseDiacriticsAndSpacing(string input, string expected)
    {
        Assert.Equal(expected, TextMatch.Normalize(input));
    }

    [Theory]
    [InlineData("nassjo", "nassjo", 0)]
    [InlineData("nasjo", "nassjo", 1)]
    [InlineData("nsasjo", "nassjo", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_CountsEditsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, TextMatch.Distance(a, b));
    }

    [Fact]
    public void Closest_BeyondTolerance_IsNull()
    {
        Assert.Null(TextMatch.Closest("abc", ["xyz"]));
        Assert.Equal("status", TextMatch.Closest("statsu", ["status", "team"]));
    }

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("en-GB", Language.English)]
    [InlineData("sv-SE", Language.Swedish)]
    [InlineData("fi-FI", Language.Swedish)]
    [InlineData(null, Language.Swedish)]
    public void FromLocale_EnglishOnlyForEnglishTeams(string? locale, Language expected)
    {
        Assert.Equal(expected, Languages.FromLocale(locale));
    }
}
