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
    public void Distance_OfLongStrings_ComparesTheirFirst64Characters()
    {
        var long1 = new string('a', 200_000);
        var long2 = new string('a', 63) + new string('b', 100_000);

        Assert.Equal(0, TextMatch.Distance(long1, new string('a', 64)));
        Assert.Equal(1, TextMatch.Distance(long1, long2));
        Assert.Equal(64, TextMatch.Distance(long1, ""));
    }

    [Fact]
    public void Closest_HugeInput_IsNull() =>
        Assert.Null(TextMatch.Closest(new string('s', 28_000), ["status", "hjälp"]));

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
