using BplBot.Domain.Measures;

namespace BplBot.Tests.Domain.CheckIn;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("92,5", 92.5, null)]
    [InlineData("92.5", 92.5, null)]
    [InlineData("92.5 %", 92.5, "%")]
    [InlineData("92,5%", 92.5, "%")]
    [InlineData("92,5 procent", 92.5, "%")]
    [InlineData("1 234", 1234, null)]
    [InlineData("1\u00A0234", 1234, null)]
    [InlineData("1\u202F234,5", 1234.5, null)]
    [InlineData("1 234,5", 1234.5, null)]
    [InlineData("12 345 678", 12345678, null)]
    [InlineData("1,234.5", 1234.5, null)]
    [InlineData("1.234,5", 1234.5, null)]
    [InlineData("1,234", 1.234, null)]
    [InlineData("14 st", 14, "st")]
    [InlineData("14 stycken", 14, "st")]
    [InlineData("14 pcs", 14, "st")]
    [InlineData("14 antal", 14, "st")]
    [InlineData("35 minuter", 35, "minuter")]
    [InlineData("-3", -3, null)]
    [InlineData("+3", 3, null)]
    [InlineData("0", 0, null)]
    public void Parse_SwedishAndEnglishForms(string text, double value, string? unit)
    {
        var parsed = NumberParser.Parse(text);
        Assert.NotNull(parsed);
        Assert.Equal((decimal)value, parsed.Value);
        Assert.Equal(unit, parsed.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("ungefär 14")]
    [InlineData("14 och 15")]
    [InlineData("12 34")]
    [InlineData("1,2,3")]
    [InlineData("1.2.3")]
    [InlineData("45/50")]
    [InlineData("abc")]
    public void Parse_RefusesWhatIsNotOneNumber(string? text) => Assert.Null(NumberParser.Parse(text));

    [Theory]
    [InlineData("45/50", 45, 50)]
    [InlineData("45 / 50", 45, 50)]
    [InlineData("45 av 50", 45, 50)]
    [InlineData("45 of 50", 45, 50)]
    [InlineData("45 out of 50", 45, 50)]
    [InlineData("1 045 av 1 200", 1045, 1200)]
    public void ParseRatio_NumeratorAndDenominator(string text, int numerator, int denominator) =>
        Assert.Equal(new ParsedRatio(numerator, denominator), NumberParser.ParseRatio(text));

    [Fact]
    public void ParseRatio_IsNullForAPlainNumber() => Assert.Null(NumberParser.ParseRatio("45"));

    /// <summary>
    /// F4: the old ratio pattern backtracked quadratically ("1" + 112 000 spaces + "x": 6 s). Now an input longer than a
    /// number can be is refused before any pattern runs, and the patterns are linear. Timings: docs/benchmarks.md.
    /// </summary>
    [Theory]
    [InlineData(200_000)]
    [InlineData(28_000)]
    [InlineData(63)]
    public void ParseRatio_IsLinear(int spaces)
    {
        var hostile = "1" + new string(' ', spaces) + "x";

        Assert.Null(NumberParser.ParseRatio(hostile));
        Assert.Null(NumberParser.Parse(hostile));
        Assert.Null(NumberParser.ParseRatio("1" + new string(' ', spaces) + "av" + new string(' ', spaces) + "x"));
    }

    [Theory]
    [InlineData("٣")]                 // Arabic-Indic three
    [InlineData("４５")]               // full-width
    [InlineData("99999999999999999999999999999")] // beyond decimal
    public void Parse_NonAsciiOrHugeDigits_IsNotANumber_AndNeverThrows(string text)
    {
        Assert.Null(NumberParser.Parse(text));
        Assert.Null(NumberParser.ParseRatio(text + "/" + text));
    }

    [Fact]
    public void Parse_SurroundingSpace_IsTrimmedBeforeTheCap() =>
        Assert.Equal(45m, NumberParser.Parse(new string(' ', 500) + "45" + new string(' ', 500))!.Value);
}
