namespace BplBot.Domain.Text;

/// <summary>
/// Bounds on what the domain reads from people (F4). Every pattern runs on a trimmed, capped input and under a match
/// timeout, so no message, however long or odd, costs more than a fixed amount of CPU.
/// </summary>
public static class InputLimits
{
    /// <summary>A number, ratio or rating someone types is far shorter; anything longer is not one.</summary>
    public const int MaxNumberLength = 64;

    /// <summary>A command word or team name to match fuzzily; longer input is cut before the edit distance.</summary>
    public const int MaxMatchLength = 64;

    /// <summary>For every regex: on capped input a match takes microseconds, so this only fires on a bug.</summary>
    public const int RegexTimeoutMilliseconds = 250;

    /// <summary>Trimmed, or null when it is longer than <paramref name="max"/>.</summary>
    public static string? TrimmedWithin(string? text, int max)
    {
        var trimmed = (text ?? string.Empty).Trim();
        return trimmed.Length <= max ? trimmed : null;
    }
}
