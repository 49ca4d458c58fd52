using BplBot.Domain.Newsletter;

namespace BplBot.Tests.Domain.Newsletter;

public sealed class NewsletterWordsTests
{
    [Theory]
    [InlineData(1, "första")]
    [InlineData(8, "åttonde")]
    [InlineData(12, "tolfte")]
    [InlineData(20, "tjugonde")]
    [InlineData(21, "21:a")]
    [InlineData(22, "22:a")]
    [InlineData(23, "23:e")]
    [InlineData(111, "111:e")]
    public void Ordinals_AreSwedishWords_ThenNumbers(int n, string expected) => Assert.Equal(expected, SwedishOrdinals.Word(n));

    [Theory]
    [InlineData(3, 5, "< 5")]
    [InlineData(4.9, 5, "< 5")]
    [InlineData(5, 5, "5")]
    [InlineData(1234, 5, "1 234")]
    [InlineData(2, 0, "2")]
    [InlineData(0, 3, "< 3")]
    public void SmallCounts_BelowTheThreshold_AreHidden(double value, int threshold, string expected) =>
        Assert.Equal(expected, SmallCounts.Format((decimal)value, threshold).Replace('\u00a0', ' '));
}
