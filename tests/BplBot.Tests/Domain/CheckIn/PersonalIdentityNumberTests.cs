using BplBot.Domain.Privacy;

namespace BplBot.Tests.Domain.CheckIn;

/// <summary>Skatteverket's published test number 19811218-9876 and numbers made up here with a valid check digit.</summary>
public sealed class PersonalIdentityNumberTests
{
    [Theory]
    [InlineData("811218-9876")]
    [InlineData("8112189876")]
    [InlineData("19811218-9876")]
    [InlineData("198112189876")]
    [InlineData("811218+9876")]
    [InlineData("811218 9876")]
    [InlineData("Eleven 811218-9876 var borta")]
    [InlineData("pnr:19811218-9876.")]
    [InlineData("701063-2391")]      // samordningsnummer: day 03 + 60
    [InlineData("19701063-2391")]
    [InlineData("000229-0005")]      // 29 February 2000
    public void Contains_AValidNumber_IsFound(string text) => Assert.True(PersonalIdentityNumber.Contains(text));

    [Theory]
    [InlineData("811218-9875")]       // wrong check digit
    [InlineData("8112189877")]
    [InlineData("811318-9870")]       // month 13
    [InlineData("811232-9870")]       // day 32
    [InlineData("010229-0004")]       // 29 February 2001 does not exist
    [InlineData("070-123 45 67")]     // mobile number
    [InlineData("036-32 40 00")]      // switchboard
    [InlineData("2027-01-19")]
    [InlineData("1 234 567")]
    [InlineData("92,5 %")]
    [InlineData("4111111111111111")]  // a 16-digit card number contains no identity number
    [InlineData("123456-78901")]      // too many digits
    [InlineData("Vi hade 1811 besök och 2189876 steg")]
    [InlineData("")]
    [InlineData(null)]
    public void Contains_OtherNumbers_AreNotFlagged(string? text) => Assert.False(PersonalIdentityNumber.Contains(text));

    [Fact]
    public void IsValid_WholeCandidateOnly()
    {
        Assert.True(PersonalIdentityNumber.IsValid("19811218-9876"));
        Assert.False(PersonalIdentityNumber.IsValid("x 19811218-9876"));
    }
}
