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

    /// <summary>F5: every form the security review found slipping through is detected now.</summary>
    [Theory]
    [InlineData("811218\u20139876")]          // en dash, as Word types " - "
    [InlineData("19811218\u20139876")]
    [InlineData("Elev 811218 \u2013 9876 har hög frånvaro")]
    [InlineData("811218\u20149876")]          // em dash
    [InlineData("811218\u20119876")]          // non-breaking hyphen
    [InlineData("811218\u22129876")]          // minus sign
    [InlineData("811218\uFE639876")]          // small hyphen-minus
    [InlineData("811218.9876")]
    [InlineData("811218/9876")]
    [InlineData("nr-811218-9876")]
    [InlineData("pnr-811218-9876")]
    [InlineData("+811218-9876")]
    [InlineData("-811218-9876")]
    [InlineData("8112 18-9876")]
    [InlineData("811218-98 76")]
    [InlineData("811218\u200B-9876")]         // zero-width space before the dash
    [InlineData("8112\u200D189876")]          // zero-width joiner inside the digits
    [InlineData("811218\u00AD-9876")]         // soft hyphen
    [InlineData("\uFF18\uFF11\uFF11\uFF12\uFF11\uFF18-\uFF19\uFF18\uFF17\uFF16")] // full-width digits
    [InlineData("\u0668\u0661\u0661\u0662\u0661\u0668-\u0669\u0668\u0667\u0666")] // Arabic-Indic digits
    [InlineData("811218\u00A0-\u00A09876")]  // no-break spaces around the dash
    [InlineData("811218\u202F9876")]          // narrow no-break space
    [InlineData("811218\t\t9876")]
    [InlineData("19 811218-9876")]
    [InlineData("x1 811218-9876")]
    public void Contains_EveryBypassFormOfTheReview_IsFound(string text) => Assert.True(PersonalIdentityNumber.Contains(text));

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
    [InlineData("070 123 45 67")]     // mobile number with spaces
    [InlineData("0701-23 45 67")]
    [InlineData("2026-12-01")]
    [InlineData("2026/12/01 kl. 09.00")]
    [InlineData("1 234 567,50 kr")]
    [InlineData("45/50")]
    [InlineData("14,5 %")]
    [InlineData("\u0668\u0661\u0661\u0662\u0661\u0668-\u0669\u0668\u0667\u0665")] // non-ASCII digits, wrong check digit
    [InlineData("")]
    [InlineData(null)]
    public void Contains_OtherNumbers_AreNotFlagged(string? text) => Assert.False(PersonalIdentityNumber.Contains(text));

    [Fact]
    public void IsValid_WholeCandidateOnly()
    {
        Assert.True(PersonalIdentityNumber.IsValid("19811218-9876"));
        Assert.False(PersonalIdentityNumber.IsValid("x 19811218-9876"));
        Assert.True(PersonalIdentityNumber.IsValid("19811218\u20139876"));
    }

    [Fact]
    public void Contains_LongText_IsAnsweredAndStillFindsTheNumber()
    {
        var noise = string.Concat(Enumerable.Repeat("1 2 3 4 5 6 7 8 9 0 - ", 2_000));
        Assert.False(PersonalIdentityNumber.Contains(noise));
        Assert.True(PersonalIdentityNumber.Contains(noise + " 811218–9876"));
    }
}
