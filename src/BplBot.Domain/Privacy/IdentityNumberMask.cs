namespace BplBot.Domain.Privacy;

/// <summary>
/// Hides the identity numbers in a text so it can be shown back to the person who typed it (a card field to edit,
/// not retype): every digit of a run of digits and separators that holds a personnummer becomes a dot.
/// </summary>
public static class IdentityNumberMask
{
    public const char Hidden = '•';

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text) || !PersonalIdentityNumber.Contains(text)) return text ?? string.Empty;
        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (!char.IsDigit(chars[i]))
            {
                i++;
                continue;
            }
            // A run: digits with the separators people put between them; linear, no regex.
            var end = i;
            for (var j = i; j < chars.Length && (char.IsDigit(chars[j]) || IsSeparator(chars[j])); j++)
                if (char.IsDigit(chars[j])) end = j;
            var run = new string(chars, i, end - i + 1);
            if (PersonalIdentityNumber.Contains(run))
                for (var k = i; k <= end; k++)
                    if (char.IsDigit(chars[k])) chars[k] = Hidden;
            i = end + 1;
        }
        var masked = new string(chars);
        // A number split in a way the runs did not catch: hide every digit rather than show it.
        return PersonalIdentityNumber.Contains(masked) ? new string(masked.Select(c => char.IsDigit(c) ? Hidden : c).ToArray()) : masked;
    }

    private static bool IsSeparator(char c) => c is '-' or '+' or '.' or '/' or ' ' or '\u00A0' or '\u2212'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.DashPunctuation or System.Globalization.UnicodeCategory.Format;
}
