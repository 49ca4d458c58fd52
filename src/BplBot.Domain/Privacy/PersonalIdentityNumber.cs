using System.Text.RegularExpressions;

namespace BplBot.Domain.Privacy;

/// <summary>
/// Finds Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer, day + 60) in
/// free text, so that such text is refused and never stored or logged. A match needs a real date and a valid check
/// digit (Luhn over the ten-digit form), which keeps phone numbers, years and ordinary figures from being flagged.
/// </summary>
public static partial class PersonalIdentityNumber
{
    // 10 or 12 digits: (CC)YYMMDD, an optional - or + (or a space) and NNNC; not part of a longer run of digits.
    [GeneratedRegex(@"(?<![\d\-+])(?<century>18|19|20)?(?<date>\d{6})\s?(?<sep>[-+]?)\s?(?<tail>\d{4})(?![\d])")]
    private static partial Regex Candidate();

    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (Match m in Candidate().Matches(text))
        {
            if (IsValid(m)) return true;
        }
        // A 12-digit form's century may have been read as part of the date by the first alternative; try both.
        return false;
    }

    /// <summary>True when <paramref name="candidate"/> alone is a valid personnummer or samordningsnummer.</summary>
    public static bool IsValid(string candidate)
    {
        var m = Candidate().Match(candidate.Trim());
        return m.Success && m.Length == candidate.Trim().Length && IsValid(m);
    }

    private static bool IsValid(Match m)
    {
        var date = m.Groups["date"].Value;
        var tail = m.Groups["tail"].Value;
        var ten = date + tail;
        if (!LuhnValid(ten)) return false;
        var century = m.Groups["century"].Success ? int.Parse(m.Groups["century"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
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
