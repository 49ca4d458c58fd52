using System.Globalization;
using System.Text.RegularExpressions;
using BplBot.Domain.Text;

namespace BplBot.Domain.Measures;

/// <summary>A number someone typed, with the unit they wrote after it ("%", "st", or another word), if any.</summary>
public sealed record ParsedNumber(decimal Value, string? Unit);

/// <summary>A numerator/denominator pair: "45/50", "45 av 50", "45 of 50".</summary>
public sealed record ParsedRatio(decimal Numerator, decimal Denominator);

/// <summary>
/// Reads numbers the way people in Sweden and elsewhere write them: <c>92,5</c>, <c>92.5 %</c>, <c>1 234</c>,
/// <c>1 234,5</c>, <c>1,234.5</c>, <c>1.234,5</c>, <c>14 st</c>. A lone comma or dot is always the decimal separator
/// (so <c>1,234</c> is 1.234): in Swedish that is what it means, and a thousands separator is written as a space.
/// When both occur, the last one is the decimal separator.
/// </summary>
public static partial class NumberParser
{
    // Linear time whatever the input (NonBacktracking), ASCII digits only, and capped input besides: "1" + 100 000
    // spaces + "x" took 29 s at a % step with the old backtracking patterns (F4).
    [GeneratedRegex(@"^(?<sign>[-+−])?\s*(?<digits>[0-9][0-9\s\u00A0\u202F.,]*[0-9]|[0-9])\s*(?<unit>%|[\p{L}.]+(?:\s[\p{L}.]+)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, InputLimits.RegexTimeoutMilliseconds)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<n>[0-9]+(?: [0-9]{3})*)\s*(?:/|av|of|out of)\s*(?<d>[0-9]+(?: [0-9]{3})*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking, InputLimits.RegexTimeoutMilliseconds)]
    private static partial Regex Ratio();

    public static ParsedNumber? Parse(string? text)
    {
        if (Match(Number(), text) is not { } m) return null;
        var value = Digits(m.Groups["digits"].Value);
        if (value is null) return null;
        if (m.Groups["sign"].Value is "-" or "−") value = -value;
        return new ParsedNumber(value.Value, NormalizeUnit(m.Groups["unit"].Success ? m.Groups["unit"].Value : null));
    }

    public static ParsedRatio? ParseRatio(string? text)
    {
        if (Match(Ratio(), text) is not { } m) return null;
        var n = Digits(m.Groups["n"].Value);
        var d = Digits(m.Groups["d"].Value);
        return n is null || d is null ? null : new ParsedRatio(n.Value, d.Value);
    }

    /// <summary>The match on the trimmed text, or null when it is no match, too long to be a number, or timed out.</summary>
    private static Match? Match(Regex pattern, string? text)
    {
        if (InputLimits.TrimmedWithin(text, InputLimits.MaxNumberLength) is not { } t) return null;
        try
        {
            var m = pattern.Match(t);
            return m.Success ? m : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>"%", "procent", "percent" → "%"; "st", "stycken", "antal", "pcs", "count" → "st"; other words as written.</summary>
    public static string? NormalizeUnit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        var u = unit.Trim().ToLowerInvariant();
        return MeasureUnits.IsPercent(u) ? "%" : MeasureUnits.IsCount(u) ? "st" : u;
    }

    private static decimal? Digits(string raw)
    {
        var s = raw.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal);
        // Spaces are only thousands separators between groups of three.
        if (raw.Trim().Contains(' ', StringComparison.Ordinal) && !GroupedBySpaces(raw)) return null;
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            var decimalAt = Math.Max(lastComma, lastDot);
            var grouping = lastComma > lastDot ? '.' : ',';
            var whole = s[..decimalAt].Replace(grouping.ToString(), "", StringComparison.Ordinal);
            if (whole.Contains(',', StringComparison.Ordinal) || whole.Contains('.', StringComparison.Ordinal)) return null;
            s = whole + "." + s[(decimalAt + 1)..];
        }
        else if (lastComma >= 0)
        {
            if (s.Count(c => c == ',') > 1) return null;
            s = s.Replace(',', '.');
        }
        else if (s.Count(c => c == '.') > 1) return null;
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool GroupedBySpaces(string raw)
    {
        var parts = raw.Trim().Split([' ', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);
        if (parts[0].Length is < 1 or > 3 || !parts[0].All(char.IsAsciiDigit)) return false;
        for (var i = 1; i < parts.Length; i++)
        {
            var p = parts[i];
            var digitsBeforeDecimal = p.IndexOfAny([',', '.']) is var at && at >= 0 ? at : p.Length;
            if (digitsBeforeDecimal != 3 || (i < parts.Length - 1 && at >= 0)) return false;
        }
        return true;
    }
}
