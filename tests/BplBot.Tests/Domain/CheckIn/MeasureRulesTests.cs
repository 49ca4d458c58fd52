using BplBot.Domain.Measures;
using BplBot.Domain.Text;

namespace BplBot.Tests.Domain.CheckIn;

public sealed class MeasureRulesTests
{
    private static readonly MeasureDefinition Share = new(1, "narvaro", "Närvaro", "%", MeasureKind.Outcome, true);
    private static readonly MeasureDefinition Count = new(1, "besok", "Hembesök", "antal", MeasureKind.Process, true);
    private static readonly MeasureDefinition Minutes = new(1, "tid", "Väntetid", "minuter", MeasureKind.Balancing, false);
    private static readonly decimal[] ShareHistory = [88, 90, 91, 92.5m, 94];
    private static readonly decimal[] CountHistory = [6, 8, 9, 11, 12];

    [Theory]
    [InlineData("92,5", 92.5)]
    [InlineData("92.5 %", 92.5)]
    [InlineData("100", 100)]
    [InlineData("45/50", 90)]
    [InlineData("45 av 49", 91.8)]
    public void Percentage_Ok(string text, double expected) =>
        Assert.Equal(new MeasureCheck.Ok((decimal)expected), MeasureRules.Check(Share, text, ShareHistory));

    [Theory]
    [InlineData("101", "mellan 0 och 100")]
    [InlineData("-1", "mellan 0 och 100")]
    [InlineData("925", "mellan 0 och 100")]
    [InlineData("50/45", "Täljaren och nämnaren")]
    [InlineData("4,5/5", "Jag kunde inte läsa")]
    [InlineData("45/0", "Täljaren och nämnaren")]
    [InlineData("14 st", "Måttet räknas i procent")]
    [InlineData("mycket", "Jag kunde inte läsa det som ett tal")]
    public void Percentage_Problems(string text, string expected)
    {
        var problem = Assert.IsType<MeasureCheck.Problem>(MeasureRules.Check(Share, text, ShareHistory));
        Assert.Contains(expected, problem.In(Language.Swedish), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.In(Language.English)));
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("12 st", 12)]
    [InlineData("0", 0)]
    public void Count_Ok(string text, double expected) =>
        Assert.Equal(new MeasureCheck.Ok((decimal)expected), MeasureRules.Check(Count, text, CountHistory));

    [Theory]
    [InlineData("12,5", "helt tal")]
    [InlineData("-2", "helt tal")]
    [InlineData("40 %", "Skriv ett helt tal, inte %.")]
    [InlineData("45/50", "Jag kunde inte läsa")]
    public void Count_Problems(string text, string expected)
    {
        var problem = Assert.IsType<MeasureCheck.Problem>(MeasureRules.Check(Count, text, CountHistory));
        Assert.Contains(expected, problem.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void ACountWithItsNoun_IsAskedForByThatNoun_NeverAsAntal()
    {
        var visits = new MeasureDefinition(2, "hembesok", "Gemensamma hembesök", "antal", MeasureKind.Process, true);
        visits.NameWhatItCounts("hembesök");

        var percent = Assert.IsType<MeasureCheck.Problem>(MeasureRules.Check(visits, "40 %", CountHistory));
        var half = Assert.IsType<MeasureCheck.Problem>(MeasureRules.Check(visits, "12,5", CountHistory));

        Assert.Equal("Skriv hur många hembesök det blev, inte %.", percent.Swedish);
        Assert.Equal("Det ska vara ett helt tal, 0 eller mer. Skriv hur många hembesök det blev, till exempel 14.", half.Swedish);
        Assert.DoesNotContain("antal", percent.Swedish + half.Swedish, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OtherUnit_AcceptsDecimals_ButNotNegatives()
    {
        Assert.Equal(new MeasureCheck.Ok(12.5m), MeasureRules.Check(Minutes, "12,5", []));
        Assert.Equal(new MeasureCheck.Ok(12.5m), MeasureRules.Check(Minutes, "12,5 minuter", []));
        Assert.IsType<MeasureCheck.Problem>(MeasureRules.Check(Minutes, "-1", []));
        Assert.IsType<MeasureCheck.Problem>(MeasureRules.Check(Minutes, "5 timmar", []));
    }

    [Theory]
    [InlineData("120", 120, 12.0)]
    [InlineData("1100", 1100, 11.0)]
    [InlineData("90", 90, 9.0)]
    public void FarFromHistory_SuggestsTheLikelyValue(string text, double value, double suggestion) =>
        Assert.Equal(new MeasureCheck.FarFromHistory((decimal)value, (decimal)suggestion), MeasureRules.Check(Count, text, CountHistory));

    [Fact]
    public void FarFromHistory_WithoutAPlausibleSuggestion()
    {
        var result = Assert.IsType<MeasureCheck.FarFromHistory>(MeasureRules.Check(Share, "30", ShareHistory));
        Assert.Equal(30m, result.Value);
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public void FarFromHistory_NeedsFourEarlierPoints()
    {
        Assert.IsType<MeasureCheck.Ok>(MeasureRules.Check(Count, "120", [6, 8, 9]));
        Assert.IsType<MeasureCheck.FarFromHistory>(MeasureRules.Check(Count, "120", [6, 8, 9, 10]));
    }

    [Fact]
    public void NearTheHistory_IsJustOk()
    {
        Assert.IsType<MeasureCheck.Ok>(MeasureRules.Check(Count, "20", CountHistory));
        Assert.IsType<MeasureCheck.Ok>(MeasureRules.Check(Share, "70", ShareHistory));
    }

    [Fact]
    public void FlatHistory_HasAFloorForItsSpread()
    {
        decimal[] flat = [10, 10, 10, 10];
        Assert.IsType<MeasureCheck.Ok>(MeasureRules.Check(Count, "12", flat));
        Assert.IsType<MeasureCheck.FarFromHistory>(MeasureRules.Check(Count, "100", flat));
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]   // decimal.MaxValue: overflowed ×100 in the history check
    [InlineData("1 000 000 000 001")]
    [InlineData("-2000000000000")]
    [InlineData("99999999999999999999999999999")]   // beyond decimal: not a number at all
    public void MeasureValue_AboveBound_IsAProblemNotAnException(string text)
    {
        foreach (var measure in new[] { Minutes, Count })
        {
            var check = MeasureRules.Check(measure, text, [1, 2, 3, 4, 5]);
            var problem = Assert.IsType<MeasureCheck.Problem>(check);
            Assert.False(string.IsNullOrEmpty(problem.In(Language.Swedish)));
        }
    }

    [Fact]
    public void MeasureValue_AtTheBound_IsAccepted_AndHugeOldHistoryIsIgnored() =>
        Assert.Equal(new MeasureCheck.Ok(MeasureRules.MaxMagnitude),
            MeasureRules.Check(Minutes, "1 000 000 000 000", [decimal.MaxValue, decimal.MaxValue, decimal.MaxValue, decimal.MaxValue, 1]));
}
