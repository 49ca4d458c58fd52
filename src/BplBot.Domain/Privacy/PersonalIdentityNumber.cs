using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BplBot.Domain.Text;

namespace BplBot.Domain.Privacy;

/// <summary>
/// Finds Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer, day + 60) in
/// free text, so that such text is refused and never stored or logged. A match needs a real date and a valid check
/// digit (Luhn over the ten-digit form), which keeps phone numbers, years and ordinary figures from being flagged.
/// The text is normalised first (F5), so the forms Word, phones and copy-paste produce are caught too: an en dash,
/// a minus sign, a dot or slash, full-width or other non-ASCII digits, zero-width characters, odd spaces.
/// </summary>
public static partial class PersonalIdentityNumber
{
    // (CC)YYMMDD, one separator from - + . / or a space (with spaces around it), NNNC; not inside a longer run of
    // digits. With an explicit - + . / the digit groups may hold single spaces too ("8112 18-9876", "811218-98 76");
    // without one they may not, so "070 123 45 67" (a mobile number) is not read as a date plus four digits.
    [GeneratedRegex(
        @"(?<![0-9])(?:(?<century>18|19|20) ?)?(?:" +
        @"(?<date>[0-9](?: ?[0-9]){5}) ?(?<sep>[-+./]) ?(?<tail>[0-9](?: ?[0-9]){3})" +
        @"|(?<date>[0-9]{6}) ?(?<tail>[0-9]{4})" +
        @")(?![0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, InputLimits.RegexTimeoutMilliseconds)]
    private static partial Regex Candidate();

    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var normalized = Normalize(text);
        try
        {
            // Each start position is tried, not only the non-overlapping matches: an invalid candidate must not hide
            // a valid one that shares its digits. The pattern is bounded (≤ 27 characters), so this stays linear.
            for (var m = Candidate().Match(normalized); m.Success; m = Candidate().Match(normalized, m.Index + 1))
            {
                if (IsValid(m)) return true;
            }
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return true; // When in doubt, refuse the text: storing a personnummer is the worse mistake.
        }
    }

    /// <summary>True when <paramref name="candidate"/> alone is a valid personnummer or samordningsnummer.</summary>
    public static bool IsValid(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var normalized = Normalize(candidate).Trim();
        var m = Candidate().Match(normalized);
        return m.Success && m.Index == 0 && m.Length == normalized.Length && IsValid(m);
    }

    /// <summary>
    /// NFKC (full-width digits and compatibility forms), every decimal digit as ASCII, every dash and minus as '-',
    /// format characters (zero-width space, soft hyphen, BOM) dropped, every run of whitespace as one space.
    /// </summary>
    internal static string Normalize(string text)
    {
        var compatible = text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(compatible.Length);
        var lastWasSpace = false;
        foreach (var c in compatible)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) result.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            if (category == UnicodeCategory.DecimalDigitNumber) result.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
            else if (category == UnicodeCategory.DashPunctuation || c == '\u2212') result.Append('-');
            else result.Append(c);
        }
        return result.ToString();
    }

    private static bool IsValid(Match m)
    {
        var date = m.Groups["date"].Value.Replace(" ", "", StringComparison.Ordinal);
        var tail = m.Groups["tail"].Value.Replace(" ", "", StringComparison.Ordinal);
        if (!LuhnValid(date + tail)) return false;
        int? century = m.Groups["century"].Success ? Two(m.Groups["century"].Value, 0) : null;
        var yy = Two(date, 0);
        var month = Two(date, 2);
        var day = Two(date, 4);
        if (day > 60) day -= 60; // samordningsnummer
        if (month is < 1 or > 12 || day < 1) return false;
        var year = century is { } c ? c * 100 + yy : 2000 + yy; // leap years agree for 1900+yy and 2000+yy except 1900/2000
        if (century is null && yy == 0) year = 2000;
        return day <= DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month);
    }

    private static int Two(string s, int at) => (s[at] - '0') * 10 + (s[at + 1] - '0');

    private static bool LuhnValid(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var d = tenDigits[i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
