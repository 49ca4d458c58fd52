using System.Globalization;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// Small counts can identify a child: a count below the network's threshold is shown as "&lt; N". A threshold of 0
/// shows every count.
/// </summary>
public static class SmallCounts
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static bool IsHidden(decimal value, int threshold) => threshold > 0 && value < threshold;

    public static string Format(decimal value, int threshold) =>
        IsHidden(value, threshold) ? $"< {threshold}" : value.ToString("#,0.##", Swedish);
}
