using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.Tests.Domain.CheckIn;

public sealed class ImprovementScaleTests
{
    private static readonly ImprovementScale Scale = ImprovementScale.Default;

    [Theory]
    [InlineData("3,5", 3.5)]
    [InlineData("3.5", 3.5)]
    [InlineData(" 3,5 ", 3.5)]
    [InlineData("3½", 3.5)]
    [InlineData("3 ½", 3.5)]
    [InlineData("3 och en halv", 3.5)]
    [InlineData("tre och en halv", 3.5)]
    [InlineData("3 and a half", 3.5)]
    [InlineData("three and a half", 3.5)]
    [InlineData("4", 4.0)]
    [InlineData("4,0", 4.0)]
    [InlineData("4.", 4.0)]
    [InlineData("fyra", 4.0)]
    [InlineData("Four", 4.0)]
    [InlineData("½", 0.5)]
    [InlineData("en halv", 0.5)]
    [InlineData("3,5 – Förbättring", 3.5)]
    [InlineData("3.5 Förbättring", 3.5)]
    [InlineData("Förbättring", 3.5)]
    [InlineData("forbattring", 3.5)]
    [InlineData("Significant improvement", 4.0)]
    [InlineData("5", 5.0)]
    [InlineData("0,5", 0.5)]
    public void Parse_StepsWrittenInManyWays(string text, double expected) =>
        Assert.Equal(new RatingParse.Valid((decimal)expected), Scale.Parse(text));

    [Theory]
    [InlineData("3,2", 3.2)]
    [InlineData("7", 7.0)]
    [InlineData("0", 0.0)]
    [InlineData("5,5", 5.5)]
    [InlineData("sex och en halv", null)]
    public void Parse_NumbersOffTheScale(string text, double? expected)
    {
        var result = Scale.Parse(text);
        if (expected is null) Assert.IsType<RatingParse.NotANumber>(result);
        else Assert.Equal(new RatingParse.OffScale((decimal)expected), result);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("bra")]
    [InlineData("vi tycker det går bra")]
    [InlineData("-")]
    public void Parse_NotANumber(string? text) => Assert.IsType<RatingParse.NotANumber>(Scale.Parse(text));

    /// <summary>F9: these threw OverflowException or FormatException (a 500 for anyone who wrote <c>skatta … x</c>).</summary>
    [Theory]
    [InlineData("99999999999999999999999999999")]
    [InlineData("99999999999999999999999999999,5")]
    [InlineData("99999999999999999999999999999 och en halv")]
    [InlineData("\u0663")]            // Arabic-Indic three
    [InlineData("\u0663,\u0665")]
    [InlineData("\uFF13")]            // full-width three
    public void Parse_HugeOrNonAsciiDigits_IsNotANumber_AndNeverThrows(string text) =>
        Assert.IsType<RatingParse.NotANumber>(Scale.Parse(text));

    [Fact]
    public void Parse_LongTextAfterTheNumber_StillReadsTheNumber() =>
        Assert.Equal(new RatingParse.Valid(3.5m), Scale.Parse("3,5 " + new string('x', 100_000)));

    [Fact]
    public void Default_IsTheIhiScale_WithTheNetworksLabels()
    {
        Assert.Equal(10, Scale.Steps.Count);
        Assert.Equal(0.5m, Scale.Steps[0].Score);
        Assert.Equal(5.0m, Scale.Steps[^1].Score);
        Assert.Equal("Avsikt att delta", Scale.Find(0.5m)!.Label);
        Assert.Equal("Måttlig förbättring", Scale.Find(3.0m)!.Label);
        Assert.Equal("Betydande förbättring", Scale.Find(4.0m)!.LabelIn(Language.Swedish));
        Assert.Equal("Significant improvement", Scale.Find(4.0m)!.LabelIn(Language.English));
        Assert.All(Scale.Steps.Zip(Scale.Steps.Skip(1)), pair => Assert.Equal(0.5m, pair.Second.Score - pair.First.Score));
    }

    [Fact]
    public void FormatAndList_UseTheLanguagesDecimalMark()
    {
        Assert.Equal("3,5", ImprovementScale.Format(3.5m, Language.Swedish));
        Assert.Equal("3.5", ImprovementScale.Format(3.5m, Language.English));
        Assert.Equal("4,0", ImprovementScale.Format(4m, Language.Swedish));
        Assert.Contains("- **2,5** – Förändringar testas, ingen förbättring ännu", Scale.ListSteps(Language.Swedish), StringComparison.Ordinal);
        Assert.Contains("- **2.5** – Changes tested, no improvement yet", Scale.ListSteps(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ANetworksOwnScale_IsValidated()
    {
        Assert.Throws<ArgumentException>(() => new ImprovementScale([]));
        Assert.Throws<ArgumentException>(() => new ImprovementScale([new(1, "A", "A", ""), new(1, "B", "B", "")]));
        var own = new ImprovementScale([new(2, "Två", "Two", ""), new(1, "Ett", "One", "")]);
        Assert.Equal([1m, 2m], own.Steps.Select(s => s.Score));
        Assert.IsType<RatingParse.OffScale>(own.Parse("1,5"));
    }
}
